"""Property-based tests from the OpenAPI document (schemathesis): no input makes the server fail.

Every operation is called with generated parameters and bodies, as an admin (so that writing
routes get past authentication) and anonymously, on both backends; only a 5xx counts as a
failure. The example count is kept small so that the run stays short.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from test_api_data import auth, client_for, make_user, seed

EXAMPLES = 6
STATUSES: list[int] = []


def test_no_input_makes_the_server_fail(db_url):
    seed(db_url)
    token = make_user(db_url, "fuzzer", "admin")
    app = client_for(db_url, write_rate=1000.0, write_burst=1_000_000).app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    STATUSES.clear()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case):
            for headers in (auth(token), {}):
                response = case.call(headers=headers)
                STATUSES.append(response.status_code)
                assert response.status_code < 500, (operation.label, case.path_parameters, case.query,
                                                    case.body, response.status_code, response.text[:300])

        call()
    assert any(s < 300 for s in STATUSES) and any(s == 401 for s in STATUSES)  # it did get through
