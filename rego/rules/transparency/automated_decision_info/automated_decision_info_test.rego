package noticelint.rules.transparency.automated_decision_info_test

import data.noticelint.rules.transparency.automated_decision_info

explained := {
	"logic": "We score applications on income, existing debts and payment history.",
	"significance": "The score decides whether your credit application is accepted.",
	"consequences": "A low score leads to a refusal.",
}

cases := {
	"Art. 22 decisions without any explanation": {
		"decisions": {"article_22": true},
		"want": {"/activities/0/automated_decisions"},
	},
	"profiling without any explanation": {
		"decisions": {"profiling": true, "description": "We build a profile of your interests."},
		"want": {"/activities/0/automated_decisions"},
	},
	"Art. 22 decisions with only the logic": {
		"decisions": {"article_22": true, "logic": "We score applications on income."},
		"want": {"/activities/0/automated_decisions"},
	},
	"blank consequences count as missing": {
		"decisions": object.union(explained, {"article_22": true, "consequences": " "}),
		"want": {"/activities/0/automated_decisions"},
	},
	"fully explained": {
		"decisions": object.union(explained, {"article_22": true, "profiling": true}),
		"want": set(),
	},
	"no automated decisions and no profiling": {
		"decisions": {"article_22": false, "profiling": false},
		"want": set(),
	},
	"flags absent": {
		"decisions": {"description": "We do not take automated decisions."},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		notice := {"activities": [{"name": "Credit applications", "automated_decisions": c.decisions}]}
		got := {f.pointer | some f in automated_decision_info.report with input as {"notice": notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_one_finding_per_activity if {
	notice := {"activities": [
		{"name": "Orders"},
		{"name": "Credit applications", "automated_decisions": {"article_22": true, "profiling": true}},
	]}
	got := automated_decision_info.report with input as {"notice": notice, "as_of": "2026-01-01"}
	{f.pointer | some f in got} == {"/activities/1/automated_decisions"}
	count(got) == 1
}

test_message_lists_what_is_missing if {
	notice := {"activities": [{"name": "Credit applications", "automated_decisions": {"article_22": true, "significance": "It decides on your application."}}]}
	got := {f.message | some f in automated_decision_info.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The activity \"Credit applications\" involves solely automated decisions but does not explain the logic involved and its envisaged consequences."}
}

test_message_lists_all_three if {
	notice := {"activities": [{"name": "Marketing profiles", "automated_decisions": {"profiling": true}}]}
	got := {f.message | some f in automated_decision_info.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The activity \"Marketing profiles\" involves profiling but does not explain the logic involved, its significance for the person and its envisaged consequences."}
}
