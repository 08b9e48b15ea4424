"""Benchmarks: a synthetic minutes corpus (`bench.synth`) and pipeline figures (`bench.pipeline`, measuring with `bench.measure`).

Benchmarks print figures; nothing here asserts a time.
"""
