"""Wagtail's PostgreSQL search backend, with stemming in each entry's own language.

The stock backend stems every document with one text search configuration. Here an entry is
indexed with the configuration of its language (German lessons with `german`, Spanish ones
with `spanish`), and a query is matched in all three, so "Wissensmanagements" finds
"Wissensmanagement" and "comunidades" finds "comunidad"."""

from functools import reduce

from modelsearch.backends.database.postgres import postgres

CONFIGS = {"en": "english", "de": "german", "es": "spanish"}


def config_for_language(language: str) -> str:
    """An entry of no known language (a teacher who named none) is stemmed as English, the
    academy's default language, so that it is found by the same words as the rest."""
    return CONFIGS.get(language, CONFIGS["en"])


class ObjectIndexer(postgres.ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.config = getattr(obj, "search_config", None) or backend.config


class PostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        # The stock method builds its ObjectIndexer from the module; swap ours in for the call.
        original, postgres.ObjectIndexer = postgres.ObjectIndexer, ObjectIndexer
        try:
            return super().add_items(model, objs)
        finally:
            postgres.ObjectIndexer = original


class MultilingualQueryMixin:
    def build_tsquery(self, query, config=None):
        build = super().build_tsquery
        return reduce(lambda a, b: a | b, (build(query, config=name) for name in CONFIGS.values()))


class SearchQueryCompiler(MultilingualQueryMixin, postgres.PostgresSearchQueryCompiler):
    pass


class AutocompleteQueryCompiler(MultilingualQueryMixin, postgres.PostgresAutocompleteQueryCompiler):
    pass


class SearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    index_class = PostgresIndex
