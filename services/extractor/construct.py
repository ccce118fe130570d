"""Fast construction of trusted pydantic payloads: `model_construct` without its per-call field scan."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__


class Builder(Generic[M]):
    """Builds instances of one model class exactly as `cls.model_construct(**values)` would.

    `model_construct` re-reads every field's aliases and defaults on each call; the extractor builds
    thousands of events per second, so the field table is read once here. Classes with aliases, a
    post-init hook, extra fields or default factories fall back to `model_construct` itself.
    """

    def __init__(self, cls: type[M]) -> None:
        fields = cls.__pydantic_fields__
        self._cls = cls
        self._simple = (
            not cls.__pydantic_post_init__
            and not cls.__pydantic_root_model__
            and cls.model_config.get("extra") != "allow"
            and all(f.alias is None and f.validation_alias is None and f.default_factory is None
                    for f in fields.values())
        )
        # Every field in field order, with its default (required ones get a placeholder that is always
        # overwritten): merging the values into it keeps `model_construct`'s key order.
        self._template = {
            name: None if f.is_required() else f.get_default(call_default_factory=False) for name, f in fields.items()
        }
        self._names = frozenset(fields)
        self._required = frozenset(name for name, f in fields.items() if f.is_required())

    def __call__(self, **values: Any) -> M:
        """A new instance from trusted values (no validation)."""
        keys = values.keys()
        if not (self._simple and self._required <= keys <= self._names):
            return self._cls.model_construct(**values)
        data = {**self._template, **values}
        fields_set = set(keys)
        model = self._cls.__new__(self._cls)
        _set(model, "__dict__", data)
        _set(model, "__pydantic_fields_set__", fields_set)
        _set(model, "__pydantic_extra__", None)
        _set(model, "__pydantic_private__", None)
        return model
