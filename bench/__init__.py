"""Benchmarks: a synthetic minutes corpus (`bench.synth`) and pipeline figures (`bench.pipeline`).

Benchmarks print figures; nothing here asserts a time.
"""
