# METADATA
# title: Text matching
# description: Case-insensitive matching of free text against the word lists in facts/vocabulary.json.
# scope: package
package noticelint.lib.text

# contains_any holds when text, lower-cased, contains one of the lower-case phrases.
contains_any(text, phrases) if {
	lowered := lower(text)
	some phrase in phrases
	contains(lowered, phrase)
}

# blank holds for an absent-like string: empty or only white space.
blank(s) if trim_space(s) == ""
