# SPDX-License-Identifier: GPL-3.0-or-later
# pd_add_translations(<target> <catalogue> [EXTRA_SOURCES file...])
#   Compiles translations/<catalogue>_{en,zh_HK,zh_CN}.ts into <target> (as :/i18n/<catalogue>_<lang>.qm)
#   and makes the targets that bring the .ts files up to date with the code:
#     <target>_lupdate          the zh_HK and zh_CN catalogues, every message
#     <target>_plurals_lupdate  the en catalogue, numerus (%n) messages only (lupdate -pluralonly):
#                               English needs a translation only where a count picks the form
#     update_translations       all of them, for every target (Qt's umbrella target)
#   lupdate reads <target>'s own sources plus EXTRA_SOURCES; the same list goes to
#   <build>/translations/<catalogue>.sources for the i18n test, so both look at the same files.
# This is qt_add_translations (Qt 6.4) split in two, because its one set of lupdate options would
# give the en catalogue every message. It runs at the end of the calling folder's CMakeLists.txt, so
# sources added to <target> after the call are read too.
function(pd_add_translations target catalogue)
  # A deferred call's arguments are read when it runs: put the values, not the names, in it.
  set(args "")
  foreach(arg IN ITEMS ${target} ${catalogue} ${ARGN})
    string(APPEND args " [==[${arg}]==]")
  endforeach()
  cmake_language(EVAL CODE "cmake_language(DEFER CALL _pd_add_translations ${args})")
endfunction()

function(_pd_add_translations target catalogue)
  cmake_parse_arguments(arg "" "" "EXTRA_SOURCES" ${ARGN})
  set(ts_dir ${PROJECT_SOURCE_DIR}/translations)
  set(ts_full ${ts_dir}/${catalogue}_zh_HK.ts ${ts_dir}/${catalogue}_zh_CN.ts)
  set(ts_plurals ${ts_dir}/${catalogue}_en.ts)
  set(options -locations none -no-obsolete)

  get_target_property(target_dir ${target} SOURCE_DIR)
  get_target_property(target_sources ${target} SOURCES)
  set(sources "")
  foreach(source IN LISTS target_sources arg_EXTRA_SOURCES)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${target_dir} NORMALIZE)
    list(APPEND sources ${source})
  endforeach()
  list(REMOVE_DUPLICATES sources)
  list(SORT sources)
  # Headers are among the sources, so lupdate needs no include path to find a class's context.
  set(includes ${target_dir})

  qt_add_lupdate(${target} TS_FILES ${ts_full}
    SOURCES ${sources} INCLUDE_DIRECTORIES ${includes} OPTIONS ${options})
  qt_add_lupdate(${target}_plurals TS_FILES ${ts_plurals}
    SOURCES ${sources} INCLUDE_DIRECTORIES ${includes} OPTIONS -pluralonly ${options})
  qt_add_lrelease(${target} TS_FILES ${ts_plurals} ${ts_full} QM_FILES_OUTPUT_VARIABLE qm_files)
  qt_add_resources(${target} ${target}_translations
    PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${qm_files})

  list(JOIN sources "\n" lines)
  file(WRITE ${CMAKE_BINARY_DIR}/translations/${catalogue}.sources "${lines}\n")
endfunction()
