package noticelint.rules.retention.retention_vague_test

import data.noticelint.rules.retention.retention_vague

cases := {
	"only a vague statement": {
		"activities": [{"name": "Contact form", "retention": {"statement": "We keep your data as long as necessary."}}],
		"want": {"/activities/0/retention"},
	},
	"only a statement, even a precise-sounding one": {
		"activities": [{"name": "Contact form", "retention": {"statement": "Five years."}}],
		"want": {"/activities/0/retention"},
	},
	"empty statement": {
		"activities": [{"name": "Contact form", "retention": {"statement": " "}}],
		"want": {"/activities/0/retention"},
	},
	"statement with blank criteria": {
		"activities": [{"name": "Contact form", "retention": {"statement": "zo lang als nodig", "criteria": "  "}}],
		"want": {"/activities/0/retention"},
	},
	"vague criteria without period": {
		"activities": [{"name": "Contact form", "retention": {"criteria": "Niet langer dan nodig voor het doel."}}],
		"want": {"/activities/0/retention/criteria"},
	},
	"vague criteria in French, upper case": {
		"activities": [{"name": "Clients", "retention": {"criteria": "Pas plus longtemps que NÉCESSAIRE"}}],
		"want": {"/activities/0/retention/criteria"},
	},
	"vague criteria and a vague statement: one finding on the criteria": {
		"activities": [{"name": "Clients", "retention": {"criteria": "as long as necessary", "statement": "as long as necessary"}}],
		"want": {"/activities/0/retention/criteria"},
	},
	"vague criteria but a period": {
		"activities": [{"name": "Orders", "retention": {"period": "P7Y", "criteria": "no longer than necessary after that"}}],
		"want": set(),
	},
	"vague statement beside a period": {
		"activities": [{"name": "Orders", "retention": {"period": "P7Y", "statement": "as long as necessary"}}],
		"want": set(),
	},
	"vague statement beside concrete criteria": {
		"activities": [{"name": "Applicants", "retention": {"criteria": "until the vacancy is filled", "statement": "as long as needed"}}],
		"want": set(),
	},
	"concrete criteria": {
		"activities": [{"name": "Applicants", "retention": {"criteria": "Until the end of the recruitment procedure, then six months for claims."}}],
		"want": set(),
	},
	"no retention is retention-missing's job": {
		"activities": [{"name": "Newsletter"}, {"name": "Orders", "retention": {}}],
		"want": set(),
	},
	"only the second activity": {
		"activities": [
			{"name": "Orders", "retention": {"period": "P7Y"}},
			{"name": "Newsletter", "retention": {"statement": "until you unsubscribe, or as long as needed"}},
		],
		"want": {"/activities/1/retention"},
	},
	"no activities": {"activities": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in retention_vague.report with input as {"notice": {"activities": c.activities}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_quotes_the_statement if {
	some f in retention_vague.report with input as {"notice": {"activities": [{"name": "Contact form", "retention": {"statement": "We keep your data as long as necessary."}}]}, "as_of": "2026-01-01"}
	f.message == "Activity \"Contact form\" says only \"We keep your data as long as necessary.\" about retention: give a period or concrete criteria."
}

test_message_cuts_a_long_statement if {
	long := "We keep your personal data for as long as is necessary for the purposes for which it was collected, and in any case as long as the law requires."
	some f in retention_vague.report with input as {"notice": {"activities": [{"name": "Contact", "retention": {"statement": long}}]}, "as_of": "2026-01-01"}
	f.message == "Activity \"Contact\" says only \"We keep your personal data for as long as is necessary for the purposes for…\" about retention: give a period or concrete criteria."
}

test_message_cuts_a_statement_without_spaces if {
	long := concat("", [x | some _ in numbers.range(1, 100); x := "x"])
	some f in retention_vague.report with input as {"notice": {"activities": [{"name": "Contact", "retention": {"statement": long}}]}, "as_of": "2026-01-01"}
	cut := concat("", [x | some _ in numbers.range(1, 77); x := "x"])
	f.message == $"Activity \"Contact\" says only \"{cut}…\" about retention: give a period or concrete criteria."
}
