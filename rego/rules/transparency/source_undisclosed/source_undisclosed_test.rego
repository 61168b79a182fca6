package noticelint.rules.transparency.source_undisclosed_test

import data.noticelint.rules.transparency.source_undisclosed

cases := {
	"other sources, no activity lists any": {
		"notice": {"collected_from": ["data_subject", "other_sources"], "activities": [{"name": "Prospecting"}]},
		"want": {"/collected_from"},
	},
	"other sources, no activities at all": {
		"notice": {"collected_from": ["other_sources"]},
		"want": {"/collected_from"},
	},
	"other sources, only an empty source": {
		"notice": {"collected_from": ["other_sources"], "activities": [{"name": "Prospecting", "sources": [{"public": true}]}]},
		"want": {"/collected_from", "/activities/0/sources/0"},
	},
	"other sources, a named source in one activity": {
		"notice": {"collected_from": ["other_sources"], "activities": [{"name": "Orders"}, {"name": "Prospecting", "sources": [{"name": "Graydon Belgium NV", "public": false}]}]},
		"want": set(),
	},
	"other sources, a described source": {
		"notice": {"collected_from": ["other_sources"], "activities": [{"name": "Prospecting", "sources": [{"description": "public company registers", "public": true}]}]},
		"want": set(),
	},
	"blank name and description count as missing": {
		"notice": {"collected_from": ["other_sources"], "activities": [{"name": "Prospecting", "sources": [{"name": " ", "description": ""}]}]},
		"want": {"/collected_from", "/activities/0/sources/0"},
	},
	"one good and one empty source": {
		"notice": {"activities": [{"name": "Prospecting", "sources": [{"name": "Graydon Belgium NV"}, {"public": true}]}]},
		"want": {"/activities/0/sources/1"},
	},
	"data only from the person": {
		"notice": {"collected_from": ["data_subject"], "activities": [{"name": "Orders"}]},
		"want": set(),
	},
	"collection not stated": {
		"notice": {"activities": [{"name": "Orders"}]},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in source_undisclosed.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_activity if {
	notice := {"activities": [{"name": "Prospecting", "sources": [{"public": true}]}]}
	got := {f.message | some f in source_undisclosed.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"A source of the activity \"Prospecting\" has neither a name nor a description."}
}
