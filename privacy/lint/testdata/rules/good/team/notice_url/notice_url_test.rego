package noticelint.rules.team.notice_url_test

import data.noticelint.rules.team.notice_url

test_fires if count(notice_url.report) == 1 with input as {"notice": {"title": "x"}, "as_of": "2026-01-01"}

test_quiet if count(notice_url.report) == 0 with input as {"notice": {"url": "https://example.com/privacy"}, "as_of": "2026-01-01"}
