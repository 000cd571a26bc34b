# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS packaging of the privacy-dashboard app: version resource and icon, app bundle and
# Info.plist, runtime deployment with Qt's own deploy tools (windeployqt, macdeployqt), and the CPack
# installer (WiX .msi on Windows, DragNDrop .dmg on macOS). packaging/README.md has the commands.
#
# Included from the top-level CMakeLists.txt after the targets exist (add_subdirectory(ui), resources)
# and before include(CPack) (cmake/Packaging.cmake). On Linux it does nothing: the DEB and RPM are
# cmake/Packaging.cmake's, the flatpak is packaging/flatpak/.
#
# Inputs other files may set before this runs (all optional):
#   PD_APP_ICO          the Windows .ico (generated at build time from the SVG icon)
#   PD_APP_ICNS         the macOS .icns (likewise)
#   PD_APP_ICON_TARGET  the target that generates them, so the .rc and the bundle wait for it
#   PD_LICENSE_FILE     the licence shown by the installer (default: the first of LICENSE,
#                       LICENSE.txt, COPYING found at the top of the source tree)
if(NOT (WIN32 OR APPLE))
  return()
endif()
if(NOT TARGET privacy-dashboard)
  message(FATAL_ERROR "PlatformPackaging.cmake: include it after add_subdirectory(ui)")
endif()
if(CPack_CMake_INCLUDED)
  message(FATAL_ERROR "PlatformPackaging.cmake: include it before include(CPack) (cmake/Packaging.cmake)")
endif()

include(GNUInstallDirs)

set(PD_APP_ID "hk.cn2.PrivacyDashboard")
set(PD_APP_DISPLAY_NAME "Privacy Dashboard")
set(PD_VENDOR "Hong Kong Cloud")
string(TIMESTAMP PD_COPYRIGHT_YEAR "%Y" UTC)
set(PD_COPYRIGHT "Copyright (C) ${PD_COPYRIGHT_YEAR} ${PD_VENDOR}")

# A file generated at build time does not exist at the first configure: an icon counts as present when
# the file is there already or when the target that makes it is named.
function(_pd_icon_usable out path)
  if(path AND (EXISTS "${path}" OR (PD_APP_ICON_TARGET AND TARGET ${PD_APP_ICON_TARGET})))
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

if(NOT PD_APP_ICON_TARGET AND TARGET pd_app_icons)
  set(PD_APP_ICON_TARGET pd_app_icons) # resources/CMakeLists.txt
endif()
if(NOT PD_LICENSE_FILE)
  foreach(candidate LICENSE LICENSE.txt LICENSE.md COPYING)
    if(EXISTS "${PROJECT_SOURCE_DIR}/${candidate}")
      set(PD_LICENSE_FILE "${PROJECT_SOURCE_DIR}/${candidate}")
      break()
    endif()
  endforeach()
endif()

# qt_generate_deploy_app_script: Qt 6.3 and 6.4 name the output variable FILENAME_VARIABLE, 6.5 and
# later OUTPUT_SCRIPT (the old name is deprecated there). In 6.4 the command exists for Windows and
# macOS only, which is all this file asks of it.
function(_pd_install_qt_deploy_script target)
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script)
  else()
    qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script)
  endif()
  install(SCRIPT "${deploy_script}" COMPONENT dashboard)
endfunction()

# ---------------------------------------------------------------------------------------------------
# Windows: version resource and icon, a GUI (not console) program, windeployqt, WiX installer.
if(WIN32)
  _pd_icon_usable(pd_have_ico "${PD_APP_ICO}")
  if(pd_have_ico)
    file(TO_CMAKE_PATH "${PD_APP_ICO}" pd_ico_path)
    # The first ICON in the file is the one Explorer, the taskbar and the Start menu show.
    set(PD_RC_ICON "IDI_APPICON ICON \"${pd_ico_path}\"")
  else()
    set(PD_RC_ICON "// no icon: PD_APP_ICO is not set or not there")
    message(STATUS "PlatformPackaging: no .ico (PD_APP_ICO='${PD_APP_ICO}'), the program has no icon")
  endif()
  set(pd_rc "${CMAKE_BINARY_DIR}/packaging/windows/privacy-dashboard.rc")
  configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/privacy-dashboard.rc.in" "${pd_rc}" @ONLY)
  target_sources(privacy-dashboard PRIVATE "${pd_rc}")
  if(pd_have_ico)
    set_source_files_properties("${pd_rc}" TARGET_DIRECTORY privacy-dashboard
      PROPERTIES OBJECT_DEPENDS "${PD_APP_ICO}")
    if(PD_APP_ICON_TARGET AND TARGET ${PD_APP_ICON_TARGET})
      add_dependencies(privacy-dashboard ${PD_APP_ICON_TARGET})
    endif()
  endif()
  set_target_properties(privacy-dashboard PROPERTIES WIN32_EXECUTABLE ON)

  # windeployqt next to bin/privacy-dashboard.exe: Qt DLLs, plugins (platforms, styles, sqldrivers,
  # tls, imageformats, iconengines), Qt's translations, the compiler runtime, qt.conf.
  _pd_install_qt_deploy_script(privacy-dashboard)
  # windeployqt copies Qt's libraries only; QtKeychain's DLL is ours to install.
  get_target_property(pd_keychain_type Qt6Keychain::Qt6Keychain TYPE)
  if(pd_keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
      RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT dashboard)
  endif()
  # Nor does it copy what Qt's own DLLs and plugins link that is not Qt: nothing with the Qt
  # installer's build, but zlib, pcre2, sqlite3, freetype, harfbuzz, libpng... with vcpkg's Qt. Every
  # such DLL found beside Qt's or QtKeychain's goes into bin/ too.
  install(CODE "set(pd_search_dirs \"$<TARGET_FILE_DIR:Qt6::Core>\" \"$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\")"
    COMPONENT dashboard)
  # The DLLs' imports are read with MSVC's dumpbin, which sits beside cl.exe.
  get_filename_component(pd_msvc_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
  if(MSVC AND EXISTS "${pd_msvc_bin}/dumpbin.exe")
    install(CODE "set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
      set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
      set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${pd_msvc_bin}/dumpbin.exe\")" COMPONENT dashboard)
  endif()
  install(CODE [[
    set(pd_bin "${CMAKE_INSTALL_PREFIX}/bin")
    file(GLOB_RECURSE pd_exes "${pd_bin}/*.exe")
    file(GLOB_RECURSE pd_dlls "${pd_bin}/*.dll" "${CMAKE_INSTALL_PREFIX}/plugins/*.dll")
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES ${pd_exes}
      LIBRARIES ${pd_dlls}
      DIRECTORIES ${pd_search_dirs} "${pd_bin}"
      RESOLVED_DEPENDENCIES_VAR pd_resolved
      UNRESOLVED_DEPENDENCIES_VAR pd_unresolved
      PRE_EXCLUDE_REGEXES "^api-ms-.*" "^ext-ms-.*"
      POST_EXCLUDE_REGEXES ".*[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\].*")
    foreach(pd_dep IN LISTS pd_resolved)
      get_filename_component(pd_name "${pd_dep}" NAME)
      if(NOT EXISTS "${pd_bin}/${pd_name}")
        file(INSTALL "${pd_dep}" DESTINATION "${pd_bin}")
      endif()
    endforeach()
    if(pd_unresolved)
      message(STATUS "Not found (expected to be part of Windows): ${pd_unresolved}")
    endif()
  ]] COMPONENT dashboard)

  set(CPACK_GENERATOR "WIX")
  # Fixed forever: the installer recognises an older Privacy Dashboard by it and replaces it.
  set(CPACK_WIX_UPGRADE_GUID "3ADB808D-360F-437F-875B-93C404C40158")
  set(CPACK_WIX_PRODUCT_ICON "${PD_APP_ICO}")
  if(NOT pd_have_ico)
    unset(CPACK_WIX_PRODUCT_ICON)
  endif()
  set(CPACK_WIX_PROGRAM_MENU_FOLDER "${PD_APP_DISPLAY_NAME}")
  set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://cn2.hk/")
  set(CPACK_WIX_PROPERTY_ARPHELPLINK "https://cn2.hk/")
  set(CPACK_WIX_ARCHITECTURE x64)
  # Start-menu shortcut to the program; WiX makes it from CPACK_PACKAGE_EXECUTABLES.
  set(CPACK_PACKAGE_EXECUTABLES "privacy-dashboard" "${PD_APP_DISPLAY_NAME}")
endif()

# ---------------------------------------------------------------------------------------------------
# macOS: an app bundle with our Info.plist and .icns, macdeployqt, a DMG.
if(APPLE)
  # No spaces: Qt 6.4's deploy script writes the bundle name into CMake code unquoted.
  set(PD_BUNDLE_NAME "PrivacyDashboard")
  if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(PD_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
  elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
    set(PD_MACOS_MINIMUM "12.0") # Qt 6.8 supports macOS 12 Monterey and later
  else()
    set(PD_MACOS_MINIMUM "11.0") # Qt 6.4 to 6.7: macOS 11 Big Sur and later
  endif()

  _pd_icon_usable(pd_have_icns "${PD_APP_ICNS}")
  if(pd_have_icns)
    get_filename_component(PD_ICNS_NAME "${PD_APP_ICNS}" NAME)
    target_sources(privacy-dashboard PRIVATE "${PD_APP_ICNS}")
    set_source_files_properties("${PD_APP_ICNS}" TARGET_DIRECTORY privacy-dashboard
      PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    if(NOT EXISTS "${PD_APP_ICNS}")
      set_source_files_properties("${PD_APP_ICNS}" TARGET_DIRECTORY privacy-dashboard PROPERTIES GENERATED TRUE)
    endif()
    if(PD_APP_ICON_TARGET AND TARGET ${PD_APP_ICON_TARGET})
      add_dependencies(privacy-dashboard ${PD_APP_ICON_TARGET})
    endif()
  else()
    set(PD_ICNS_NAME "")
    message(STATUS "PlatformPackaging: no .icns (PD_APP_ICNS='${PD_APP_ICNS}'), the bundle has no icon")
  endif()

  # Our own template, filled here (@ONLY): CMake fills ${...} in it again at generate time, and the
  # result has none left.
  set(pd_plist "${CMAKE_BINARY_DIR}/packaging/macos/Info.plist")
  configure_file("${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in" "${pd_plist}" @ONLY)
  set_target_properties(privacy-dashboard PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME "${PD_BUNDLE_NAME}"
    MACOSX_BUNDLE_INFO_PLIST "${pd_plist}"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${PD_APP_ID}"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${PD_APP_ID}"
    XCODE_ATTRIBUTE_ENABLE_HARDENED_RUNTIME YES
    XCODE_ATTRIBUTE_CODE_SIGN_ENTITLEMENTS "${PROJECT_SOURCE_DIR}/packaging/macos/entitlements.plist")

  # macdeployqt into <prefix>/PrivacyDashboard.app: Qt frameworks, plugins, QtKeychain and the other
  # libraries the app links (macdeployqt copies every non-system dylib it finds).
  _pd_install_qt_deploy_script(privacy-dashboard)

  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "${PD_APP_DISPLAY_NAME}")
  set(CPACK_DMG_FORMAT "UDZO")
  # Put an /Applications link beside the app in the DMG window.
  set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)
  set(CPACK_PACKAGE_ICON "${PD_APP_ICNS}")
  if(NOT pd_have_icns)
    unset(CPACK_PACKAGE_ICON)
  endif()
  # Code signing with the hardened runtime happens on the staged bundle, between the install into
  # CPack's staging folder and the making of the DMG; it does nothing unless PD_CODESIGN_IDENTITY is
  # set in the environment (packaging/README.md, .github/workflows/desktop.yml).
  set(PD_ENTITLEMENTS "${PROJECT_SOURCE_DIR}/packaging/macos/entitlements.plist")
  configure_file("${PROJECT_SOURCE_DIR}/packaging/macos/codesign.cmake.in"
                 "${CMAKE_BINARY_DIR}/packaging/macos/codesign.cmake" @ONLY)
  set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_BINARY_DIR}/packaging/macos/codesign.cmake")
endif()

# ---------------------------------------------------------------------------------------------------
# What both installers share. The Linux packaging (cmake/Packaging.cmake) sets CPACK_PACKAGE_NAME,
# the licence and the components for its DEB and RPM, before or after this file: so the Windows and
# macOS values go into CPACK_PROJECT_CONFIG_FILE, which cpack reads last, once per generator.
set(pd_cpack_license "")
if(PD_LICENSE_FILE)
  # WiX takes a licence ending in .txt (converted to RTF) or .rtf only: give it a .txt copy.
  set(pd_cpack_license "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt")
  configure_file("${PD_LICENSE_FILE}" "${pd_cpack_license}" COPYONLY)
endif()
if(WIN32)
  set(pd_cpack_system "windows-x64")
else()
  set(pd_cpack_system "macos-${CMAKE_SYSTEM_PROCESSOR}")
endif()
file(CONFIGURE OUTPUT "${CMAKE_BINARY_DIR}/packaging/CPackPlatformOptions.cmake" @ONLY CONTENT [=[
# Generated by cmake/PlatformPackaging.cmake. cpack reads this after CPackConfig.cmake, once for each
# generator, with CPACK_GENERATOR naming the one running.
if(CPACK_GENERATOR STREQUAL "WIX" OR CPACK_GENERATOR STREQUAL "DragNDrop")
  set(CPACK_PACKAGE_NAME "@PD_APP_DISPLAY_NAME@")
  set(CPACK_PACKAGE_VENDOR "@PD_VENDOR@")
  set(CPACK_PACKAGE_VERSION "@PROJECT_VERSION@")
  set(CPACK_PACKAGE_INSTALL_DIRECTORY "@PD_APP_DISPLAY_NAME@")
  set(CPACK_PACKAGE_FILE_NAME "PrivacyDashboard-@PROJECT_VERSION@-@pd_cpack_system@")
  if(NOT "@pd_cpack_license@" STREQUAL "")
    set(CPACK_RESOURCE_FILE_LICENSE "@pd_cpack_license@")
  endif()
  # One package holding everything installed: the app and what the deploy script put beside it. The
  # reference provider is left out by configuring with -DPD_BUILD_PROVIDER=OFF (the CI jobs do): it
  # is a server, and GPL-3 through Qt HTTP Server.
  set(CPACK_MONOLITHIC_INSTALL ON)
  unset(CPACK_COMPONENTS_ALL)
endif()
]=])
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_BINARY_DIR}/packaging/CPackPlatformOptions.cmake")

# include(CPack) at the end of the top-level CMakeLists.txt, unless cmake/Packaging.cmake has by then.
function(_pd_include_cpack_once)
  if(NOT CPack_CMake_INCLUDED)
    include(CPack)
  endif()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _pd_include_cpack_once)
