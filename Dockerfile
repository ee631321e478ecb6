# The academy's image: one image for every process of the Procfile (web, ws1, ws2, worker,
# release); docker-compose.yml picks the command. Build: docker build -t peer-academy .

# Build stage: the dependencies in a virtualenv, with compilers kept out of the final image.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY academy academy
COPY search search
COPY cms cms
RUN /venv/bin/pip install ".[s3]"

# Run stage: the virtualenv, the source, and pg_dump for `make backup`; no root at run time.
FROM python:3.11-slim-bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home --home-dir /home/academy academy \
    && mkdir -p /srv/static /srv/media /srv/metrics \
    && chown academy /srv/static /srv/media /srv/metrics
COPY --from=build /venv /venv
WORKDIR /srv/academy
COPY --chown=academy manage.py Procfile ./
COPY --chown=academy academy academy
COPY --chown=academy search search
COPY --chown=academy cms cms
COPY --chown=academy deploy deploy
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=academy.settings.production \
    STATIC_ROOT=/srv/static \
    MEDIA_ROOT=/srv/media \
    PROMETHEUS_MULTIPROC_DIR=/srv/metrics \
    GUNICORN_BIND=0.0.0.0:8000 \
    DAPHNE_HOST=0.0.0.0 \
    DAPHNE_1_PORT=8000 \
    DAPHNE_2_PORT=8000
USER academy
EXPOSE 8000
CMD ["gunicorn", "academy.wsgi:application", "--config", "deploy/gunicorn.conf.py"]
