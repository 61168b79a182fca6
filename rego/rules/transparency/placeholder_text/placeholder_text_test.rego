package noticelint.rules.transparency.placeholder_text_test

import data.noticelint.rules.transparency.placeholder_text

cases := {
	"company name placeholder in the controller": {
		"notice": {"controller": {"name": "[Company name]"}},
		"want": {"/controller/name"},
	},
	"Dutch placeholder in a purpose": {
		"notice": {"activities": [{"name": "Klanten", "purposes": [{"description": "Levering aan [adres]", "legal_bases": ["contract"]}]}]},
		"want": {"/activities/0/purposes/0/description"},
	},
	"ellipsis in brackets in an array of strings": {
		"notice": {"activities": [{"name": "Orders", "data_categories": ["name", "address", "[...]"]}]},
		"want": {"/activities/0/data_categories/2"},
	},
	"TODO in the retention criteria": {
		"notice": {"activities": [{"name": "Orders", "retention": {"criteria": "TODO check with legal"}}]},
		"want": {"/activities/0/retention/criteria"},
	},
	"lorem ipsum in the title": {
		"notice": {"title": "Lorem ipsum dolor sit amet"},
		"want": {"/title"},
	},
	"only the second activity": {
		"notice": {"activities": [{"name": "Orders"}, {"name": "Newsletter", "purposes": [{"description": "Sending news by [insert channel]"}]}]},
		"want": {"/activities/1/purposes/0/description"},
	},
	"two placeholders in two places": {
		"notice": {"title": "TBD", "controller": {"contact": {"email": "[email]"}}},
		"want": {"/title", "/controller/contact/email"},
	},
	"value matching several patterns is one finding": {
		"notice": {"title": "TODO [company name]"},
		"want": {"/title"},
	},
	"clean notice": {
		"notice": {"title": "Privacy notice", "controller": {"name": "Bakkerij Janssens BV"}, "activities": [{"name": "Orders", "data_categories": ["name", "address"]}]},
		"want": set(),
	},
	"brackets with real content are not placeholders": {
		"notice": {"activities": [{"name": "Orders [webshop]", "purposes": [{"description": "Invoicing (see [1])"}]}]},
		"want": set(),
	},
	"todo inside a word does not count": {
		"notice": {"title": "Privacy notice of Todorov Consulting"},
		"want": set(),
	},
	"empty notice": {
		"notice": {},
		"want": set(),
	},
	"lorem ipsum in mixed case": {
		"notice": {"activities": [{"name": "Orders", "retention": {"statement": "LoReM IpSuM dolor"}}]},
		"want": {"/activities/0/retention/statement"},
	},
	"ellipsis after a tab, which the serialised text escapes": {
		"notice": {"controller": {"name": "Bakkerij\t[\t…\t]"}},
		"want": {"/controller/name"},
	},
	"placeholder in quotes": {
		"notice": {"data_subjects": ["\"[...]\""]},
		"want": {"/data_subjects/0"},
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in placeholder_text.report with input as _input(c.notice)}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

# Without input.text, as from opa eval given only the notice, the rule
# writes the notice out itself and finds the same.
test_cases_without_text if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in placeholder_text.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

# _input is the input the engine gives the rules for notice: text is every
# string of the notice (pipeline.Text; the order does not matter here).
_input(notice) := {"notice": notice, "as_of": "2026-01-01", "text": concat("", [$"{v}\n" | walk(notice, [_, v]); is_string(v)])}

test_pointer_escapes_keys if {
	placeholder_text._pointer(["a/b", "c~d", 3]) == "/a~1b/c~0d/3"
}

test_long_match_is_cut if {
	got := {f.message | some f in placeholder_text.report with input as _input({"title": concat("", ["[insert ", concat("", [x | some _ in numbers.range(1, 70); x := "x"]), "]"])})}
	some m in got
	contains(m, "...\"; replace")
}

test_message_quotes_the_placeholder if {
	got := {f.message | some f in placeholder_text.report with input as _input({"controller": {"name": "[Company name] BV"}})}
	got == {"The notice still contains the placeholder \"[Company name]\"; replace it with the real information."}
}
