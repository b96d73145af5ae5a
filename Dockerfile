# The workbench API on the Elasticsearch backend (see docs/deployment.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# An unprivileged user owns nothing but the data directory (the API key file lives there
# only when FACTCHECK_API_KEYS is unset).
RUN groupadd --system --gid 10001 factcheck \
 && useradd --system --uid 10001 --gid factcheck --home-dir /app --shell /usr/sbin/nologin factcheck

WORKDIR /app

# Dependencies and code first, seeds last: editing a seed does not reinstall the project.
COPY pyproject.toml README.md ./
COPY service ./service
COPY indexes ./indexes
RUN pip install --prefer-binary . \
 && mkdir -p /app/data \
 && chown factcheck:factcheck /app/data
COPY seeds ./seeds

# The service is stateless on Elasticsearch: several workers (and containers) may serve at once.
ENV FACTCHECK_BACKEND=elasticsearch \
    FACTCHECK_DATA_DIR=/app/data \
    FACTCHECK_HOST=0.0.0.0 \
    FACTCHECK_PORT=8080 \
    FACTCHECK_WORKERS=2 \
    FACTCHECK_THREADS=8 \
    ELASTICSEARCH_URL=http://elasticsearch:9200

USER factcheck
EXPOSE 8080

# slim has no curl: ask the health endpoint with the standard library (it asks Elasticsearch).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/api/v1/health', timeout=4).status == 200 else 1)"]

# `factcheck serve` runs gunicorn in-process (PID 1, so it gets the stop signal) on the
# app factory service:create_app() with the FACTCHECK_* settings above; it first checks that
# Elasticsearch answers, and prints the write key it generates when FACTCHECK_API_KEYS is unset.
CMD ["factcheck", "serve"]
