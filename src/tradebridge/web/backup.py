"""Backup and restore: every table of every app and every uploaded file in one archive.

``tradebridge export -o ARCHIVE`` writes a ``.tar.gz`` holding

- ``manifest.json``: the archive format, the versions of Tradebridge and Django, the database
  it came from, the applied migrations of every app, the row count of every table and the size
  and SHA-256 of every media file;
- ``data/<app>.<model>.json``: every row of every model (Django's JSON serializer, primary keys
  kept; many-to-many links as rows of their own tables, with their ids too);
- ``media/<name>``: every file of the default storage (logos, the embedding store under
  ``MEDIA_ROOT/cache``).

``tradebridge import-backup ARCHIVE`` restores it into an empty database migrated to the same
state. What ``migrate`` itself writes (content types, permissions, the seed taxonomy) is
replaced by the archive's rows, so that every stored reference to them (a notification's
content type, an organization's sectors) keeps pointing at the same row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import io
import itertools
import json
import os
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import IO, Any

import django
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import File
from django.core.files.storage import Storage, default_storage
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone, translation
from modeltranslation.fields import TranslationFieldDescriptor

from tradebridge.errors import ApplicationError

FORMAT = 1
MANIFEST = "manifest.json"

# Tables `migrate` fills by itself (post_migrate signals, data migrations). An empty database
# has these rows already; the import replaces them with the archive's, keeping its ids.
REFERENCE_MODELS = (
    "contenttypes.contenttype",
    "auth.permission",
    "directory.sector",
    "directory.region",
    "directory.cooperationtype",
)


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds (it cuts them to milliseconds, and
    a restored row would differ from the original)."""

    def default(self, o: Any) -> Any:
        if isinstance(o, dt.datetime | dt.time):
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        return super().default(o)


class BackupError(ApplicationError):
    """An archive that cannot be restored here, and why."""


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    tables: int
    files: int


def backed_up_models() -> list[type[models.Model]]:
    """Every table's model, many-to-many link tables included, in a fixed order."""
    found = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]
    return sorted(found, key=lambda model: model._meta.label_lower)


def applied_migrations(using: str = DEFAULT_DB_ALIAS) -> dict[str, list[str]]:
    """The applied migrations of every app, as the archive's manifest records them."""
    applied: dict[str, list[str]] = {}
    for app_label, name in MigrationRecorder(connections[using]).applied_migrations():
        applied.setdefault(app_label, []).append(name)
    return {label: sorted(names) for label, names in sorted(applied.items())}


def media_files(storage: Storage, directory: str = "") -> Iterator[str]:
    """Every file name in ``storage``, recursively, in a fixed order."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield str(PurePosixPath(directory, name)) if directory else name
    for sub in sorted(directories):
        yield from media_files(storage, str(PurePosixPath(directory, sub)) if directory else sub)


def _version() -> str:
    try:
        return metadata.version("tradebridge")
    except metadata.PackageNotFoundError:
        return "unknown"


def _data_name(model: type[models.Model]) -> str:
    return f"data/{model._meta.label_lower}.json"


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(content))


def backup_export(*, path: Path, storage: Storage | None = None) -> dict[str, Any]:
    """Write the whole platform to ``path`` (a .tar.gz); return its manifest.

    The rows are read in one transaction (on PostgreSQL a repeatable-read snapshot), so the
    archive is consistent while the platform keeps running. The archive is written next to
    ``path`` and renamed into place when complete: a failed export leaves no half archive."""
    storage = storage or default_storage
    connection = connections[DEFAULT_DB_ALIAS]
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "tradebridge": _version(),
        "django": django.get_version(),
        "database": connection.vendor,
        "migrations": {},
        "models": {},
        "media": {},
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    try:
        with tarfile.open(partial, "w:gz") as archive, tempfile.TemporaryDirectory() as work:
            with transaction.atomic(), translation.override(None):
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                manifest["migrations"] = applied_migrations()
                for model in backed_up_models():
                    dump = Path(work) / "dump.json"
                    with dump.open("w", encoding="utf-8") as out:
                        count = _dump_rows(model, out)
                    manifest["models"][model._meta.label_lower] = count
                    archive.add(dump, arcname=_data_name(model))
            for name in media_files(storage):
                digest = hashlib.sha256()
                size = 0
                with storage.open(name, "rb") as source, (Path(work) / "file").open("wb") as copy:
                    for chunk in iter(lambda: source.read(1 << 20), b""):
                        digest.update(chunk)
                        size += len(chunk)
                        copy.write(chunk)
                manifest["media"][name] = {"size": size, "sha256": digest.hexdigest()}
                archive.add(Path(work) / "file", arcname=f"media/{name}")
            _add_bytes(
                archive, MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            )
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return manifest


def original_columns(model: type[models.Model]) -> list[str]:
    """The columns behind modeltranslation's original fields (``name`` beside ``name_en`` and
    ``name_zh_hans``). Reading or writing them through the model gives the active language's
    translation, not what the column holds: the backup copies them as stored."""
    return [
        field.attname
        for field in model._meta.concrete_fields
        if isinstance(
            inspect.getattr_static(model, field.attname, None), TranslationFieldDescriptor
        )
    ]


def _plain(model: type[models.Model], using: str = DEFAULT_DB_ALIAS) -> models.QuerySet[Any]:
    """A queryset that reads and writes columns as named (modeltranslation's managers would
    turn ``name`` into ``name_<active language>``)."""
    return models.QuerySet(model=model, using=using)


def _dump_rows(model: type[models.Model], out: IO[str]) -> int:
    """Write every row of ``model`` to ``out`` as a JSON list; return how many."""
    raw = original_columns(model)
    count = 0
    out.write("[")
    rows = model._base_manager.order_by("pk").iterator(chunk_size=1000)
    while chunk := list(itertools.islice(rows, 1000)):
        items = serializers.serialize("python", chunk)
        if raw:
            stored = {
                pk: values
                for pk, *values in _plain(model)
                .filter(pk__in=[row.pk for row in chunk])
                .values_list("pk", *raw)
            }
            for item in items:
                item["fields"].update(zip(raw, stored[item["pk"]], strict=True))
        for item in items:
            out.write(",\n" if count else "\n")
            out.write(json.dumps(item, cls=ExactJSONEncoder, ensure_ascii=False))
            count += 1
    out.write("\n]\n")
    return count


def _read_manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = archive.extractfile(MANIFEST)
    except KeyError:
        raise BackupError(f"not a Tradebridge backup: it holds no {MANIFEST}") from None
    if member is None:
        raise BackupError(f"not a Tradebridge backup: {MANIFEST} is not a file")
    try:
        manifest: dict[str, Any] = json.load(member)
    except ValueError as error:
        raise BackupError(f"{MANIFEST} is not valid JSON: {error}") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"archive format {manifest.get('format')!r} is not the format this version reads "
            f"({FORMAT})"
        )
    return manifest


def _check_migrations(manifest: dict[str, Any], using: str) -> None:
    archived = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    here = {(app, name) for app, names in applied_migrations(using).items() for name in names}
    if archived == here:
        return
    only_archive = sorted(f"{app}.{name}" for app, name in archived - here)
    only_here = sorted(f"{app}.{name}" for app, name in here - archived)
    parts = []
    if only_archive:
        parts.append("applied in the archive only: " + ", ".join(only_archive[:10]))
    if only_here:
        parts.append("applied in this database only: " + ", ".join(only_here[:10]))
    raise BackupError(
        "the archive comes from a different migration state ("
        + "; ".join(parts)
        + f"). It was written by Tradebridge {manifest.get('tradebridge')}: restore it with "
        "that version into a database migrated by it, then upgrade and migrate."
    )


def _check_empty(using: str) -> None:
    filled = [
        model._meta.label_lower
        for model in backed_up_models()
        if model._meta.label_lower not in REFERENCE_MODELS
        and model._base_manager.using(using).exists()
    ]
    if filled:
        raise BackupError(
            "the database is not empty (rows in " + ", ".join(filled[:10]) + "): a backup is "
            "restored only into a freshly migrated database, never over existing data"
        )


def _safe_media_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"unsafe media file name in the archive: {name!r}")
    return str(path)


def backup_import(
    *, path: Path, storage: Storage | None = None, using: str = DEFAULT_DB_ALIAS
) -> ImportSummary:
    """Restore the archive at ``path`` into an empty database migrated to the archive's state.

    All or nothing: every check (format, migration state, empty database, no media file in the
    way, every file's checksum) comes first; the media files are then written, and the rows in
    one transaction; if the rows fail, the files written are removed again."""
    storage = storage or default_storage
    connection = connections[using]
    with _open(path) as archive:
        manifest = _read_manifest(archive)
        _check_migrations(manifest, using)
        _check_empty(using)
        known = {model._meta.label_lower: model for model in backed_up_models()}
        unknown = sorted(set(manifest["models"]) - set(known))
        if unknown:
            raise BackupError("the archive holds tables this platform lacks: " + ", ".join(unknown))
        media = {_safe_media_name(name): meta for name, meta in manifest["media"].items()}
        in_the_way = [name for name in media if storage.exists(name)]
        if in_the_way:
            raise BackupError(
                "media files already exist where the archive would write them: "
                + ", ".join(in_the_way[:10])
            )
        written: list[str] = []
        try:
            for name, meta in media.items():
                content = _member_bytes(archive, f"media/{name}")
                if hashlib.sha256(content).hexdigest() != meta["sha256"]:
                    raise BackupError(f"media file {name!r} is damaged (its checksum differs)")
                saved = storage.save(name, File(io.BytesIO(content), name=name))
                written.append(saved)
                if saved != name:
                    raise BackupError(f"media file {name!r} could not keep its name ({saved!r})")
            rows = _import_rows(archive, manifest, known, using)
        except BaseException:
            for name in written:
                storage.delete(name)
            raise
        finally:
            ContentType.objects.clear_cache()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # the restored file's statistics, for the planner
            cursor.execute("ANALYZE")
    return ImportSummary(rows=rows, tables=len(manifest["models"]), files=len(media))


def _open(path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{path}: not a readable .tar.gz archive ({error})") from None


def _member_bytes(archive: tarfile.TarFile, name: str) -> bytes:
    try:
        member = archive.extractfile(name)
    except KeyError:
        raise BackupError(f"the archive lacks {name}, which its manifest lists") from None
    if member is None:
        raise BackupError(f"{name} in the archive is not a file")
    return member.read()


def _import_rows(
    archive: tarfile.TarFile,
    manifest: dict[str, Any],
    known: dict[str, type[models.Model]],
    using: str,
) -> int:
    connection = connections[using]
    total = 0
    with transaction.atomic(using=using), translation.override(None):
        for label in reversed(REFERENCE_MODELS):
            known[label]._base_manager.using(using).all()._raw_delete(using)
        with connection.constraint_checks_disabled():
            for label, expected in manifest["models"].items():
                model = known[label]
                content = _member_bytes(archive, f"data/{label}.json")
                count = 0
                raw = original_columns(model)
                try:
                    records = json.loads(content)
                    items = serializers.deserialize("python", records, using=using)
                    for record, item in zip(records, items, strict=True):
                        # Links of many-to-many fields are rows of their own table (with ids).
                        if type(item.object) is not model:
                            raise BackupError(f"data/{label}.json holds a row of another table")
                        item.m2m_data = {}
                        item.save(using=using)
                        stored = {
                            column: record["fields"][column]
                            for column in raw
                            if column in record["fields"]
                            and getattr(item.object, column) != record["fields"][column]
                        }
                        if stored:
                            _plain(model, using).filter(pk=item.object.pk).update(**stored)
                        count += 1
                except (ValueError, serializers.base.DeserializationError, DatabaseError) as error:
                    raise BackupError(f"data/{label}.json: {error}") from None
                if count != expected:
                    raise BackupError(
                        f"data/{label}.json holds {count} rows, its manifest says {expected}"
                    )
                total += count
        tables = [known[label]._meta.db_table for label in manifest["models"]]
        try:
            connection.check_constraints(table_names=tables)
        except Exception as error:
            raise BackupError(f"the archive's rows do not hold together: {error}") from None
        restored = [known[label] for label in manifest["models"]]
        statements = connection.ops.sequence_reset_sql(no_style(), restored)
        if statements:
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)
    return total
