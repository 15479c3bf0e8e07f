// Helpers shared by the roster sources (roster*.cpp) only; not part of the public API.
#pragma once
#include <cstddef>
#include <cstring>
#include <string>

#include "jamsos/date.hpp"
#include "jamsos/roster.hpp"

namespace jamsos {
namespace detail {

// ASCII helpers for the header and cell parsers.
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
inline bool starts_with(const std::string& s, const char* p) { return s.compare(0, std::strlen(p), p) == 0; }
inline bool contains(const std::string& s, const char* p) { return s.find(p) != std::string::npos; }

// parse_date_cell that also hands back the calendar fields it read, so the roster's checks
// (NIK birth date, age over 120) need no to_ymd() per row.
bool parse_date_cell_ymd(const char* s, size_t n, Date& out, Ymd& ymd);

// append_issue_text with the cell as a span (nullptr: no cell), as the roster reads it.
void append_issue_text(std::string& out, const Issue& is, int64_t record, const std::string* header, const char* cell,
                       size_t cell_n, bool indonesian);

}  // namespace detail
}  // namespace jamsos
