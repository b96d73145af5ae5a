"""Offline tooling, outside the runtime package: evaluation on labelled data and stance-model training.

    climate_fever   FEVER-style JSONL (CLIMATE-FEVER): retrieval, pair stance, verdicts, latency
    seed_claims     claims about the seed articles with the articles each bucket must hold
    averitec        AVeriTeC claims with question–answer evidence
    train_stance    fits the shipped stance model on the CLIMATE-FEVER tune split

`factcheck eval` imports this package when it runs; the server never does.
"""
