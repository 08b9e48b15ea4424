"""A local Neo4j 5.26 Community server for development and tests, built and run by the project.

Maven Central publishes no 5.26 server tarball, so `scripts/neo4j` builds the embedded DBMS with
its Bolt connector (Java 17) and this module runs it as a detached process on 127.0.0.1. All
state lives under the git-ignored `.neo4j/`: the Maven cache (`m2/`), the jars (`lib/`,
`classes/`), the database (`data/`, `logs/`), `password`, `server.pid`, `server.port` and
`server.log`. The first build downloads ~150 MB once; later builds reuse the cache offline.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from graph.errors import GraphError

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
PROJECT_DIR = REPO_ROOT / "scripts" / "neo4j"
STATE_DIR = REPO_ROOT / ".neo4j"
USER = "neo4j"
HOST = "127.0.0.1"
MAIN_CLASS = "civicgraph.LocalNeo4j"
# Heap and page cache sized for a 2-core / 24 GiB machine shared with the test suite.
JVM_FLAGS = (
    "-Xms2g", "-Xmx2g", "-XX:+ExitOnOutOfMemoryError",
    # the flags Neo4j's own neo4j.conf ships for Java 17
    "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+AlwaysPreTouch", "-XX:+DisableExplicitGC",
    "-XX:+UnlockExperimentalVMOptions", "-XX:+TrustFinalNonStaticFields",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
)


class ServerError(GraphError):
    """The local Neo4j could not be built, started, reached or stopped (message has the log tail)."""


@dataclass(frozen=True)
class ServerInfo:
    uri: str
    user: str
    password: str
    pid: int
    port: int


def _path(name: str) -> Path:
    return STATE_DIR / name


def start(port: int = 7687, timeout: float = 180) -> ServerInfo:
    """Start the server (building it first if needed) and wait until Bolt answers; idempotent."""
    deadline = time.monotonic() + timeout
    with _lock():
        pid = _running_pid()
        if pid is not None:
            running_port = _stored_port()
            if running_port != port:
                raise ServerError(f"the local Neo4j already runs on port {running_port}; stop it first")
            return _wait_until_ready(pid, port, deadline)
        _build()
        password = _password(create=True)
        if _port_taken(port):
            raise ServerError(f"{HOST}:{port} is already taken by another process")
        pid = _launch(port)
        _path("server.port").write_text(f"{port}\n", encoding="utf-8")
        _path("server.pid").write_text(f"{pid}\n", encoding="utf-8")
        log.info("started local Neo4j (pid %d), waiting for bolt://%s:%d", pid, HOST, port)
        try:
            return _wait_until_ready(pid, port, deadline, password)
        except ServerError:
            _terminate(pid, 30)
            _clear_pid()
            raise


def stop(timeout: float = 60) -> bool:
    """Stop the server with SIGTERM (SIGKILL after `timeout` seconds); True if one was running."""
    with _lock():
        pid = _running_pid()
        if pid is None:
            _clear_pid()
            return False
        _terminate(pid, timeout)
        _clear_pid()
        log.info("stopped local Neo4j (pid %d)", pid)
        return True


def status() -> ServerInfo | None:
    """The running server when its process lives and Bolt answers, else None."""
    pid = _running_pid()
    if pid is None:
        return None
    info = _info(pid, _stored_port(), _password(create=False))
    return info if _answers(info) else None


def env_lines() -> list[str]:
    """Shell `export` lines for NEO4J_URI/USER/PASSWORD, for `eval "$(python -m graph neo4j env)"`."""
    info = _info(0, _stored_port(), _password(create=False))
    return [
        f"export NEO4J_URI={shlex.quote(info.uri)}",
        f"export NEO4J_USER={shlex.quote(info.user)}",
        f"export NEO4J_PASSWORD={shlex.quote(info.password)}",
    ]


def _info(pid: int, port: int, password: str) -> ServerInfo:
    return ServerInfo(f"bolt://{HOST}:{port}", USER, password, pid, port)


@contextlib.contextmanager
def _lock() -> Iterator[None]:
    """Serialise start/stop across processes (parallel test sessions, CLI and Makefile)."""
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    with open(_path("lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _password(create: bool) -> str:
    path = _path("password")
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    if not create:
        raise ServerError(f"no password in {path}; start the server once first")
    password = secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password + "\n")
    return password


def _stored_port() -> int:
    path = _path("server.port")
    return int(path.read_text(encoding="utf-8")) if path.is_file() else 7687


def _running_pid() -> int | None:
    """The pid in server.pid if that process is alive and is our server (pids get reused)."""
    path = _path("server.pid")
    if not path.is_file():
        return None
    try:
        pid = int(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    if not _alive(pid):
        return None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return pid if MAIN_CLASS.encode() in cmdline and str(STATE_DIR).encode() in cmdline else None


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our own child that exited: reap it
            return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _clear_pid() -> None:
    _path("server.pid").unlink(missing_ok=True)


def _build() -> None:
    """Compile the launcher and copy the Neo4j jars, unless the pom and source are unchanged."""
    sources = [PROJECT_DIR / "pom.xml", *sorted((PROJECT_DIR / "src").rglob("*.java"))]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()
    stamp = _path("build.stamp")
    built = _path("lib").is_dir() and _path("classes").is_dir()
    if built and stamp.is_file() and stamp.read_text().strip() == digest:
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ServerError("Maven (`mvn`) is not installed; it builds the local Neo4j")
    command = [mvn, "-B", "-q", "--no-transfer-progress", f"-Dmaven.repo.local={STATE_DIR / 'm2'}",
               f"-Dcivicgraph.state={STATE_DIR}", "-f", str(PROJECT_DIR / "pom.xml"), "package"]
    started = time.monotonic()
    # Offline first, so a warm cache never touches the network; online only to fill the cache.
    attempts = [command[:1] + ["-o"] + command[1:], command] if _path("m2").is_dir() else [command]
    for attempt in attempts:
        log.info("building the local Neo4j: %s", " ".join(attempt))
        result = subprocess.run(attempt, capture_output=True, text=True, cwd=PROJECT_DIR)
        if result.returncode == 0:
            stamp.write_text(digest + "\n")
            log.info("built the local Neo4j in %.1f s", time.monotonic() - started)
            return
    raise ServerError(f"building the local Neo4j failed:\n{_tail(result.stdout + result.stderr)}")


def _port_taken(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((HOST, port)) == 0


def _launch(port: int) -> int:
    """Run java detached (own session, parent `sh` exits at once), so no caller has to reap it."""
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home, "bin", "java")) if java_home else shutil.which("java")
    if java is None:
        raise ServerError("Java (`java`, 17 or 21) is not installed; it runs the local Neo4j")
    server_log = _path("server.log")
    if server_log.is_file():  # keep one previous log; "READY" in server.log then means this run
        server_log.replace(_path("server.log.1"))
    classpath = f"{_path('classes')}{os.pathsep}{_path('lib')}{os.sep}*"
    command = [str(java), *JVM_FLAGS, "-cp", classpath, MAIN_CLASS,
               str(STATE_DIR), str(port), str(_path("password"))]
    script = 'log="$1"; shift; "$@" >>"$log" 2>&1 </dev/null & echo $!'
    result = subprocess.run(["sh", "-c", script, "sh", str(server_log), *command], capture_output=True,
                            text=True, cwd=STATE_DIR, start_new_session=True, check=True)
    return int(result.stdout.strip())


def _answers(info: ServerInfo, timeout: float = 5) -> bool:
    """True when Bolt accepts our credentials; a wrong password is an error, not a 'no'."""
    driver = GraphDatabase.driver(info.uri, auth=(info.user, info.password), connection_timeout=timeout)
    try:
        driver.verify_connectivity()
        return True
    except AuthError as exc:
        raise ServerError(f"{info.uri} rejects the password in {_path('password')}: {exc}") from exc
    except (ServiceUnavailable, DriverError, Neo4jError, OSError):
        return False
    finally:
        driver.close()


def _wait_until_ready(pid: int, port: int, deadline: float, password: str | None = None) -> ServerInfo:
    """Poll Bolt until it accepts our password. Bolt listens a moment before the launcher has set
    the password, so an auth failure only counts once the launcher has logged READY."""
    info = _info(pid, port, password or _password(create=False))
    while True:
        if not _alive(pid):
            raise ServerError(f"the local Neo4j (pid {pid}) exited during start:\n{_tail()}")
        try:
            if _answers(info, timeout=2):
                return info
        except ServerError:
            if "READY " in _log_text():
                raise
        if time.monotonic() > deadline:
            raise ServerError(f"{info.uri} did not answer in time:\n{_tail()}")
        time.sleep(0.5)


def _terminate(pid: int, timeout: float) -> None:
    """SIGTERM (the launcher's shutdown hook closes the DBMS cleanly), SIGKILL as a last resort."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if not _alive(pid):
            return
        log.warning("local Neo4j (pid %d) still runs %.0f s after %s", pid, wait, sig.name)
    raise ServerError(f"could not stop the local Neo4j (pid {pid})")


def _log_text() -> str:
    path = _path("server.log")
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else "(no server.log)"


def _tail(text: str | None = None, lines: int = 40) -> str:
    return "\n".join((_log_text() if text is None else text).splitlines()[-lines:])
