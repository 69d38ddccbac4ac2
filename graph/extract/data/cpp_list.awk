# Prints one sorted word list (one entry per input line) as a C++ string constant
# `name` of newline-terminated entries and its size `nameSize`, both with external
# linkage, for the generators in this folder:
#   awk -v name=kLexicon -f cpp_list.awk words.txt
BEGIN {
  print "extern const char " name "[];"
  print "extern const std::size_t " name "Size;"
  print "const char " name "[] ="
}
{
  gsub(/\\/, "\\\\")
  gsub(/"/, "\\\"")
  line = line $0 "\\n"
  if (++n % 16 == 0) { print "  \"" line "\""; line = "" }
}
END {
  if (line != "") print "  \"" line "\""
  print "  ;"
  print "const std::size_t " name "Size = sizeof(" name ") - 1;"
  print ""
}
