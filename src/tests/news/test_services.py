"""Writing news: staff only, drafts, publication now or later, pictures re-encoded."""

from __future__ import annotations

import datetime as dt
import io
import threading

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone
from PIL import Image

from tests.factories import UserFactory
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.news import services
from tradebridge.news.models import Article, ArticleImage

from .factories import article, png

pytestmark = pytest.mark.django_db


def test_staff_write_a_draft_with_tags_and_events(staff):
    from tradebridge.events.models import Event

    services.tag_ensure(actor=staff, slug="summit", name={"en": "Summit", "zh_hans": "峰会"})
    event = Event.objects.create(
        slug="summit",
        title_en="Summit",
        starts_on=dt.date(2016, 5, 11),
        ends_on=dt.date(2016, 5, 11),
    )
    made = article(staff, draft=True, tags=["summit"], events=[event])
    assert made.status == Article.Status.DRAFT and made.published_at is None
    assert made.slug == "summit-in-los-angeles"
    assert list(made.tags.values_list("slug", flat=True)) == ["summit"]
    assert list(made.events.all()) == [event]


def test_unknown_tags_and_opportunities_are_named(staff):
    with pytest.raises(ApplicationError, match="Unknown tag: nope"):
        article(staff, draft=True, tags=["nope"])
    with pytest.raises(ApplicationError, match="No opportunity has the number 999"):
        article(staff, title="Other", draft=True, opportunities=[999])


def test_slugs_do_not_take_reserved_addresses(staff):
    made = article(staff, title="Feed", draft=True)
    assert made.slug == "feed-2"


def test_publishing_now_or_later(staff):
    now = article(staff)
    assert now.status == Article.Status.PUBLISHED and now.published_at <= timezone.now()
    later = article(staff, title="Later", at=timezone.now() + dt.timedelta(days=1))
    assert later.status == Article.Status.SCHEDULED
    assert not later.is_visible
    Article.objects.filter(pk=later.pk).update(
        published_at=timezone.now() - dt.timedelta(seconds=1)
    )
    later.refresh_from_db()
    assert later.is_visible  # its time came: no job needed


def test_unpublish_returns_to_draft(staff):
    made = services.article_unpublish(actor=staff, article=article(staff))
    assert made.status == Article.Status.DRAFT and made.published_at is None


def test_a_stale_article_is_not_published_over_a_change(staff):
    made = article(staff, draft=True)
    stale = Article.objects.get(pk=made.pk)
    services.article_publish(actor=staff, article=made)
    with pytest.raises(ApplicationError, match="changed meanwhile"):
        services.article_unpublish(actor=staff, article=stale)


def test_only_staff_write_news(owner, staff):
    with pytest.raises(NotAllowed):
        article(owner, draft=True)
    made = article(staff, draft=True)
    with pytest.raises(NotAllowed):
        services.article_publish(actor=owner, article=made)
    with pytest.raises(NotAllowed):
        services.article_image_add(actor=owner, article=made, upload=png())


def test_pictures_are_re_encoded_without_metadata_and_resized(staff):
    made = article(staff, draft=True)
    big = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret description"
    Image.new("RGB", (3200, 1000), (0, 80, 160)).save(big, format="JPEG", exif=exif)
    big.seek(0)
    big.name = "photo.jpg"
    image = services.article_image_add(
        actor=staff, article=made, upload=big, caption={"en": "The hall", "zh_hans": "会场"}
    )
    assert (image.width, image.height) == (1600, 500)
    with default_storage.open(image.image.name) as handle:
        stored = Image.open(io.BytesIO(handle.read()))
    assert stored.size == (1600, 500) and stored.format == "JPEG"
    assert 0x010E not in stored.getexif()
    assert image.caption_zh_hans == "会场"


def test_a_file_that_is_no_picture_is_refused_with_the_field(staff):
    made = article(staff, draft=True)
    fake = io.BytesIO(b"<svg onload=alert(1)>")
    fake.name = "x.png"
    with pytest.raises(ApplicationError) as caught:
        services.article_image_add(actor=staff, article=made, upload=fake)
    assert caught.value.details == {"field": "image"}
    assert "PNG, JPEG, WebP or GIF" in caught.value.message
    assert not ArticleImage.objects.exists()


def test_removing_a_picture_deletes_its_file_after_commit(
    staff, django_capture_on_commit_callbacks
):
    made = article(staff, draft=True)
    image = services.article_image_add(actor=staff, article=made, upload=png())
    name = image.image.name
    with django_capture_on_commit_callbacks(execute=True):
        services.article_image_delete(actor=staff, image=image)
    assert not default_storage.exists(name)


# Skipped by a mark, not inside the test: a transactional test that starts on SQLite ends by
# flushing the database, and the taxonomy the migrations seeded would be gone for the next tests.
@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="the race needs PostgreSQL",
)
@pytest.mark.django_db(transaction=True)
def test_publishing_twice_at_once_publishes_once():
    staff = UserFactory(is_staff=True)
    made = article(staff, draft=True)
    barrier = threading.Barrier(2)
    results: list[str] = []

    def run() -> None:
        copy = Article.objects.get(pk=made.pk)
        barrier.wait()
        try:
            services.article_publish(actor=staff, article=copy)
            results.append("ok")
        except ApplicationError:
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["ok", "refused"]
