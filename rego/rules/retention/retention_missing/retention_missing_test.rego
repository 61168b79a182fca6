package noticelint.rules.retention.retention_missing_test

import data.noticelint.rules.retention.retention_missing

cases := {
	"no retention at all": {
		"activities": [{"name": "Newsletter"}],
		"want": {"/activities/0"},
	},
	"empty retention object": {
		"activities": [{"name": "Newsletter", "retention": {}}],
		"want": {"/activities/0"},
	},
	"only the second activity lacks it": {
		"activities": [{"name": "Orders", "retention": {"period": "P7Y"}}, {"name": "Newsletter"}],
		"want": {"/activities/1"},
	},
	"period given": {
		"activities": [{"name": "Orders", "retention": {"period": "P7Y", "from": "the invoice date"}}],
		"want": set(),
	},
	"criteria given": {
		"activities": [{"name": "Applicants", "retention": {"criteria": "until the vacancy is filled"}}],
		"want": set(),
	},
	"vague words are a retention statement, judged by retention-vague": {
		"activities": [{"name": "Contact", "retention": {"statement": "as long as necessary"}}],
		"want": set(),
	},
	"blank words are no retention": {
		"activities": [{"name": "Contact", "retention": {"criteria": " ", "statement": ""}}],
		"want": {"/activities/0"},
	},
	"no activities": {"activities": [], "want": set()},
	"a period alone is enough": {
		"activities": [{"name": "Orders", "retention": {"period": "P7Y"}}, {"name": "Newsletter", "retention": {"statement": "until you unsubscribe"}}, {"name": "Contact"}],
		"want": {"/activities/2"},
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in retention_missing.report with input as {"notice": {"activities": c.activities}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	got := {f.message | some f in retention_missing.report with input as {"notice": {"activities": [{"name": "Orders", "retention": {"from": "the order date"}}]}, "as_of": "2026-01-01"}}
	got == {"Activity \"Orders\" does not say how long its data is kept or by which criteria."}
}
