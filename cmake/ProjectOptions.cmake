# SPDX-License-Identifier: GPL-3.0-or-later
# One place for the language level, warnings and Qt defines every target shares
# (after qBittorrent's cmake/Modules/CommonConfig.cmake).
add_library(project_options INTERFACE)
target_compile_features(project_options INTERFACE cxx_std_20)
target_compile_definitions(project_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060000)
if(MSVC)
  target_compile_options(project_options INTERFACE /W4 /permissive- /utf-8)
else()
  target_compile_options(project_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wno-missing-field-initializers)
endif()
# Off by default so a newer compiler's new warning never breaks someone's build; CI turns it on
# once the tree is warning-free.
if(PD_WERROR)
  if(MSVC)
    target_compile_options(project_options INTERFACE /WX)
  else()
    target_compile_options(project_options INTERFACE -Werror)
  endif()
endif()
