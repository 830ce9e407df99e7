"""Schemathesis against a real region server's `/openapi.json`: no request answers 5xx, with a centre's
token, the admin token, or none (positive and negative examples, from a fixed seed)."""

from __future__ import annotations

import hypothesis
import pytest
import requests
import schemathesis
from conftest import fuzz_settings
from hypothesis import given
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

pytestmark = pytest.mark.long


@pytest.mark.parametrize("role", [None, "centre", "admin"], ids=lambda r: r or "no_token")
def test_no_request_answers_5xx(role, region, fuzz_examples):
    token = {"centre": region.add_centre("Kokoomo", "Haapavesi"), "admin": region.admin}.get(role)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    schema = schemathesis.openapi.from_url(f"{region.url}/openapi.json", timeout=10)
    session = requests.Session()
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7, "the schema lists every route of the region"
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @fuzz_settings(fuzz_examples, shrink=False)
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case):
                case.call_and_validate(
                    base_url=region.url,
                    session=session,
                    headers=headers,
                    checks=[not_a_server_error],
                    timeout=10,
                )

            try:
                run()
            except hypothesis.errors.Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE, f"{operation.label}: no valid request can be made"
                # A call with no parameter and no body has no invalid form to send.
            except Exception as error:  # one failure per operation and mode is enough to name
                failures.append(f"{operation.label} {mode.name}: {str(error)[:600]}")
    assert not failures, "\n".join(failures)
