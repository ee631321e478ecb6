"""The catalogue page, who may do what below it, and the review workflow.

- Peer teachers may add pages below the catalogue ("add": create, and edit what they own;
  the authoring rules narrow that to their own courses) and upload images and documents.
- Curators may add, edit, publish and delete anything below it, feature courses, and manage
  topics, images and documents.
- Everything below the catalogue goes through "Peer review → Curator approval": a mentor who
  is not an author reviews first, then a curator approves, which publishes.
- Wagtail's sample "Moderators approval" workflow lost its group with the role migration;
  it is deactivated so that nothing waits on a group that no longer exists.
"""

from django.db import migrations

from academy.migration_helpers import create_home_child, grant_page_permissions, permission

PEER_TEACHER_PAGE_PERMISSIONS = ["add_page"]
CURATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
# (app label, model, codename)
TEACHER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "choose_document"),
]
CURATOR_COLLECTION_PERMISSIONS = [
    *TEACHER_COLLECTION_PERMISSIONS,
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "delete_image"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "delete_document"),
]
CURATOR_MODEL_PERMISSIONS = [
    ("courses", "coursepage", "feature_course"),
    ("courses", "topic", "add_topic"),
    ("courses", "topic", "change_topic"),
    ("courses", "topic", "delete_topic"),
]


def _catalogue(apps):
    return create_home_child(
        apps,
        app_label="courses",
        model="CatalogueIndexPage",
        title="Courses",
        slugs=["courses", "catalogue"],
        intro=(
            "Short, practical courses written by peers who have done it. Filter by topic, "
            "level, language and length, or follow a learning path."
        ),
    )


def _grant_collection_permissions(apps, group, codenames):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.get(depth=1)
    for app_label, model, codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission(apps, app_label, model, codename)
        )


def _create_workflow(apps, catalogue, mentors, curators):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    CuratorApprovalTask = apps.get_model("courses", "CuratorApprovalTask")
    PeerReviewTask = apps.get_model("courses", "PeerReviewTask")

    workflow, created = Workflow.objects.get_or_create(name="Peer review → Curator approval")
    if created:
        review = PeerReviewTask.objects.create(
            name="Peer review",
            content_type=ContentType.objects.get_or_create(
                app_label="courses", model="peerreviewtask"
            )[0],
        )
        review.groups.set([mentors])
        approval = CuratorApprovalTask.objects.create(
            name="Curator approval",
            content_type=ContentType.objects.get_or_create(
                app_label="courses", model="curatorapprovaltask"
            )[0],
        )
        approval.groups.set([curators])
        WorkflowTask.objects.create(workflow=workflow, task_id=review.pk, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task_id=approval.pk, sort_order=1)
    WorkflowPage.objects.update_or_create(page_id=catalogue.pk, defaults={"workflow": workflow})


def set_up_catalogue(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    teachers = Group.objects.get(name="Peer teachers")
    mentors = Group.objects.get(name="Mentors")
    curators = Group.objects.get(name="Curators")
    catalogue = _catalogue(apps)

    grant_page_permissions(apps, teachers, catalogue, PEER_TEACHER_PAGE_PERMISSIONS)
    grant_page_permissions(apps, curators, catalogue, CURATOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(apps, teachers, TEACHER_COLLECTION_PERMISSIONS)
    _grant_collection_permissions(apps, curators, CURATOR_COLLECTION_PERMISSIONS)
    for app_label, model, codename in CURATOR_MODEL_PERMISSIONS:
        curators.permissions.add(permission(apps, app_label, model, codename))
    _create_workflow(apps, catalogue, mentors, curators)
    Workflow.objects.filter(name="Moderators approval").update(active=False)
    apps.get_model("wagtailcore", "WorkflowPage").objects.filter(
        workflow__name="Moderators approval"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_review_tasks"),
        ("peers", "0002_role_groups"),
        ("cms", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(set_up_catalogue, migrations.RunPython.noop)]
