package noticelint.rules.rights.objection_excluded_test

import data.noticelint.rules.rights.objection_excluded

_interests := {"description": "Fraud prevention", "legal_bases": ["legitimate_interests"], "legitimate_interest": "Preventing payment fraud"}

_task := {"description": "Issuing permits", "legal_bases": ["public_task"], "law": "Omgevingswet"}

_contract := {"description": "Delivering orders", "legal_bases": ["contract"]}

cases := {
	"legitimate interests, objection excluded": {
		"activities": [{"name": "Fraud checks", "purposes": [_interests], "objection": {"availability": "excluded"}}],
		"want": {"/activities/0/objection/availability"},
	},
	"public task, objection excluded": {
		"activities": [{"name": "Permits", "purposes": [_task], "objection": {"availability": "excluded"}}],
		"want": {"/activities/0/objection/availability"},
	},
	"one purpose of several on legitimate interests": {
		"activities": [{"name": "Orders", "purposes": [_contract, _interests], "objection": {"availability": "excluded"}}],
		"want": {"/activities/0/objection/availability"},
	},
	"only the second activity": {
		"activities": [
			{"name": "Orders", "purposes": [_contract], "objection": {"availability": "excluded"}},
			{"name": "Fraud checks", "purposes": [_interests], "objection": {"availability": "excluded"}},
		],
		"want": {"/activities/1/objection/availability"},
	},
	"legitimate interests, objection offered": {
		"activities": [{"name": "Fraud checks", "purposes": [_interests], "objection": {"availability": "offered", "how": "write to privacy@example.be"}}],
		"want": set(),
	},
	"legitimate interests, objection conditional": {
		"activities": [{"name": "Fraud checks", "purposes": [_interests], "objection": {"availability": "conditional"}}],
		"want": set(),
	},
	"legitimate interests, silent on objection": {
		"activities": [{"name": "Fraud checks", "purposes": [_interests]}],
		"want": set(),
	},
	"contract only, objection excluded": {
		"activities": [{"name": "Orders", "purposes": [_contract], "objection": {"availability": "excluded"}}],
		"want": set(),
	},
	"no purposes, objection excluded": {
		"activities": [{"name": "Orders", "objection": {"availability": "excluded"}}],
		"want": set(),
	},
	"no activities": {"activities": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in objection_excluded.report with input as {"notice": {"activities": c.activities}, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	some f in objection_excluded.report with input as {"notice": {"activities": [{"name": "Fraud checks", "purposes": [_interests], "objection": {"availability": "excluded"}}]}, "as_of": "2026-11-22"}
	f.message == "Activity \"Fraud checks\" excludes the right to object although it relies on legitimate interests (Art. 6(1)(f))."
}

test_message_both_bases if {
	some f in objection_excluded.report with input as {"notice": {"activities": [{"name": "Inspections", "purposes": [_interests, _task], "objection": {"availability": "excluded"}}]}, "as_of": "2026-11-22"}
	f.message == "Activity \"Inspections\" excludes the right to object although it relies on a public task (Art. 6(1)(e)) and legitimate interests (Art. 6(1)(f))."
}
