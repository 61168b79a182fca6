package noticelint.rules.lawfulness.special_category_condition_test

import data.noticelint.rules.lawfulness.special_category_condition

cases := {
	"health data without conditions": {
		"activities": [{"name": "Sick leave", "special_categories": {"categories": ["health"]}}],
		"want": {"/activities/0/special_categories"},
	},
	"empty list of conditions": {
		"activities": [{"name": "Sick leave", "special_categories": {"categories": ["health"], "conditions": []}}],
		"want": {"/activities/0/special_categories"},
	},
	"condition given": {
		"activities": [{"name": "Sick leave", "special_categories": {"categories": ["health"], "conditions": ["employment_social_security"], "law": "Belgian Act of 3 July 1978 on employment contracts"}}],
		"want": set(),
	},
	"empty list of categories": {
		"activities": [{"name": "Orders", "special_categories": {"categories": []}}],
		"want": set(),
	},
	"no special categories": {
		"activities": [{"name": "Orders"}],
		"want": set(),
	},
	"only the second activity": {
		"activities": [
			{"name": "Access control", "special_categories": {"categories": ["biometric"], "conditions": ["explicit_consent"]}},
			{"name": "Membership", "special_categories": {"categories": ["trade_union_membership"]}},
		],
		"want": {"/activities/1/special_categories"},
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in special_category_condition.report with input as {"notice": {"activities": c.activities}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_lists_categories if {
	notice := {"activities": [{"name": "Patients", "special_categories": {"categories": ["health", "genetic"]}}]}
	got := {f.message | some f in special_category_condition.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The activity \"Patients\" processes special-category data (health, genetic) but names no Art. 9(2) condition that allows it."}
}
