// Shared I/O helpers of the command-line tool.
#include <sys/stat.h>

#include <cstdio>

#include "commands.hpp"

namespace jamsos_cli {

bool write_text(const std::string& path, const std::string& text) {
  if (path == "-") {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fputc('\n', stderr);
    return true;
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  std::fwrite(text.data(), 1, text.size(), f);
  std::fputc('\n', f);
  return std::fclose(f) == 0;
}

std::FILE* open_input(const std::string& path) {
  if (path.empty() || path == "-") return stdin;
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    std::fprintf(stderr, "jamsos: '%s' is a directory, not a file\n", path.c_str());
    return nullptr;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) std::fprintf(stderr, "jamsos: cannot read '%s'\n", path.c_str());
  return f;
}

int usage(const std::string& msg) {
  std::fprintf(stderr, "jamsos: %s (see jamsos --help)\n", msg.c_str());
  return 1;
}

bool parse_mapping(const std::string& a, std::vector<std::pair<std::string, std::string>>& out) {
  size_t eq = a.find('=');
  if (eq == std::string::npos || eq == 0) return false;
  out.emplace_back(a.substr(0, eq), a.substr(eq + 1));
  return true;
}

char parse_delimiter(const std::string& s) {
  if (s == "," || s == "comma") return ',';
  if (s == ";" || s == "semicolon") return ';';
  if (s == "\\t" || s == "tab" || s == "\t") return '\t';
  return 0;
}

}  // namespace jamsos_cli
