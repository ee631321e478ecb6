"""The documents' mappings and index settings, and what a record becomes."""

import pytest
from django.conf import settings

from search.documents import DOCUMENTS, alias_for, kinds_for_key
from search.models import Kind

from .catalogue import COURSE, TEACHER
from .files import assert_expected


@pytest.mark.parametrize("kind", Kind.values)
def test_every_kind_has_a_document_behind_its_own_alias(kind):
    assert DOCUMENTS[kind]._index._name == f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{kind}"


@pytest.mark.parametrize("kind", Kind.values)
def test_every_kind_shares_the_catalogue_mapping(kind):
    assert_expected("mapping", DOCUMENTS[kind]._doc_type.mapping.to_dict())


@pytest.mark.parametrize("kind", Kind.values)
def test_every_index_has_one_shard_and_the_folding_analyzer(kind):
    assert_expected("index-settings", DOCUMENTS[kind]._index.to_dict()["settings"])


def test_an_alias_takes_the_prefix_given():
    assert alias_for("course", prefix="staging-catalogue") == "staging-catalogue-course"


def test_a_page_key_may_be_any_kind_but_a_teacher_and_a_teacher_key_only_a_teacher():
    assert kinds_for_key("page:12") == ("course", "lesson", "path", "session")
    assert kinds_for_key("teacher:5") == ("teacher",)


def test_a_course_is_completed_from_its_title_words_and_its_topic():
    document = DOCUMENTS["course"].from_record(COURSE)

    assert document.meta.id == "page:1"
    assert_expected("document-course", document.to_dict())


def test_a_teacher_is_never_completed_and_empty_values_are_left_out():
    document = DOCUMENTS["teacher"].from_record(TEACHER).to_dict()

    assert "suggest" not in document
    assert "level" not in document
    assert "length" not in document
