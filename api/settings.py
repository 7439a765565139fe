"""The one typed settings class: environment variables POLICYKB_*, overridden by CLI flags."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.devices import DEVICE_PATTERN


class Settings(BaseSettings):
    """Every knob of policykb; each one is documented in README.md (a test checks)."""

    model_config = SettingsConfigDict(env_prefix="POLICYKB_")

    data: Path = Field(Path("data"), description="data directory: raw pages, clauses, index generations")
    model: str | None = Field(
        None, description="embedding model: e5 | use | e5+use | st:NAME_OR_PATH | fake; "
        "unset means the model of the existing index, else e5+use")
    device: str = Field(
        "auto", pattern=rf"^(?:{DEVICE_PATTERN})$",
        description="where an st: model runs: auto (a GPU when torch sees one), cpu, cuda, cuda:N, mps")
    host: str = Field("127.0.0.1", description="address `policykb serve` binds")
    port: int = Field(8000, description="port `policykb serve` listens on")
    max_query_chars: int = Field(512, description="longest query the API accepts")
    max_k: int = Field(100, description="most results one search may ask for")
    fetch_delay: float = Field(1.0, description="seconds between two requests to the same host")
    fetch_timeout: float = Field(30.0, description="total seconds one HTTP fetch may take")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="logging level of the CLI and server")

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("device", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
