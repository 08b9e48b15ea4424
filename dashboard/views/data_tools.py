"""Data: upload and ingest minutes, export the graph, and (with Neo4j) a read-only Cypher console.

The tab is `?tab=ingest|export|console`.
"""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from dashboard import data, widgets
from dashboard.texts import t
from graph.console import ConsoleError, WriteRefused
from graph.export import FORMATS
from ingest.read import FORMATS as SUFFIXES

TABS = ("ingest", "export", "console")
FILE_NAMES = {"json": "graph.json", "graphml": "graph.graphml", "gexf": "graph.gexf",
              "csv": "graph-csv.zip"}
MIMES = {"json": "application/json", "graphml": "application/xml", "gexf": "application/xml",
         "csv": "application/zip"}
EXAMPLE = ("MATCH (p:Person)-[:ATTENDED]->(m:Meeting)\n"
           "RETURN p.name AS person, count(m) AS meetings\nORDER BY meetings DESC LIMIT 10")


def _ingest() -> None:
    st.subheader(t("data.ingest"))
    st.caption(t("data.ingest_caption"))
    uploads = st.file_uploader(t("data.upload"), type=sorted({s.lstrip(".") for s in SUFFIXES}),
                               accept_multiple_files=True, key="data_upload")
    if not st.button(t("data.ingest_button"), key="data_ingest", type="primary",
                     disabled=not uploads):
        if not uploads:
            st.caption(t("data.upload_hint"))
        return
    files = [(upload.name, upload.getvalue()) for upload in uploads]
    bar = st.progress(0.0, text=t("data.progress_start", n=len(files)))

    def progress(done: int, name: str) -> None:
        text = (t("data.progress", n=done + 1, total=len(files), name=name) if name
                else t("data.progress_done", total=len(files)))
        bar.progress(done / len(files), text=text)

    report = data.ingest_files(files, progress)
    failed = len(report.get("documents_failed", []))
    if failed:
        st.warning(t("data.ingest_failed", ok=report.get("documents_ok", 0), failed=failed))
    else:
        st.success(t("data.ingest_ok", ok=report.get("documents_ok", 0)))
    widgets.show_report(report)


def _export() -> None:
    st.subheader(t("data.export"))
    st.caption(t("data.export_caption"))
    for column, fmt in zip(st.columns(len(FORMATS)), FORMATS):
        column.download_button(t(f"data.export_{fmt}"), data=partial(data.export_bytes, fmt),
                               file_name=FILE_NAMES[fmt], mime=MIMES[fmt], key=f"export_{fmt}",
                               icon=":material/download:", width="stretch")


def _console() -> None:
    st.subheader(t("data.console"))
    console = data.console()
    if console is None:
        st.info(t("data.console_needs_neo4j"))
        return
    st.caption(t("data.console_caption"))
    query = st.text_area(t("data.query"), value=EXAMPLE, height=140, key="console_query")
    limit = int(st.number_input(t("data.limit"), min_value=1, max_value=5000, value=200,
                                key="console_limit"))
    if not st.button(t("data.run"), key="console_run", type="primary"):
        return
    try:
        result = console.run(query, limit=limit)
    except WriteRefused:
        st.error(t("data.write_refused"))
        return
    except ConsoleError as exc:
        st.error(t("data.query_failed", detail=exc))
        return
    if not result.columns:
        st.caption(t("data.no_rows"))
        return
    frame = pd.DataFrame([[str(v) if isinstance(v, (dict, list)) else v for v in row]
                          for row in result.rows], columns=list(result.columns))
    st.dataframe(frame, hide_index=True, width="stretch")
    st.caption(t("data.rows_limited", n=limit) if result.truncated
               else t("data.rows", n=len(frame)))


def main() -> None:
    widgets.start("data.title", "data.caption")
    tab = widgets.url_select(t("data.section"), TABS, param="tab", kind="radio",
                             format_func=lambda v: t(f"data.tab_{v}"))
    {"ingest": _ingest, "export": _export, "console": _console}[tab]()


main()
