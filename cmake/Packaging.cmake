# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: the dashboard and the reference provider as two packages (DEB and RPM on Linux; the Windows
# and macOS installers are set up in cmake/PlatformPackaging.cmake). scripts/package.sh runs it.
# The provider is its own package: it is a server, and Qt HTTP Server makes it GPL-3 only, while the
# dashboard links LGPL Qt modules alone.
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "privacy-dashboard")
set(CPACK_PACKAGE_VENDOR "Hong Kong Cloud")
set(CPACK_PACKAGE_CONTACT "Hong Kong Cloud <service@cn2.hk>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://cn2.hk/privacy-dashboard/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL dashboard provider)
set(CPACK_COMPONENT_DASHBOARD_DISPLAY_NAME "Privacy Dashboard")
set(CPACK_COMPONENT_PROVIDER_DISPLAY_NAME "Privacy Dashboard reference provider")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR "DEB;RPM")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

  # The documentation Debian policy asks of every package: copyright, changelog (changelog.Debian.gz,
  # as the version has a Debian revision; compressed without a timestamp), and the man pages compressed.
  set(pd_pkgdoc ${CMAKE_BINARY_DIR}/packaging)
  add_custom_command(OUTPUT ${pd_pkgdoc}/changelog.Debian.gz ${pd_pkgdoc}/privacy-dashboard.1.gz
                            ${pd_pkgdoc}/privacy-provider.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${pd_pkgdoc}
    COMMAND sh -c "gzip -9nc '${PROJECT_SOURCE_DIR}/packaging/linux/changelog' > '${pd_pkgdoc}/changelog.Debian.gz'"
    COMMAND sh -c "gzip -9nc '${PROJECT_SOURCE_DIR}/resources/man/privacy-dashboard.1' > '${pd_pkgdoc}/privacy-dashboard.1.gz'"
    COMMAND sh -c "gzip -9nc '${PROJECT_SOURCE_DIR}/resources/man/privacy-provider.1' > '${pd_pkgdoc}/privacy-provider.1.gz'"
    DEPENDS packaging/linux/changelog resources/man/privacy-dashboard.1 resources/man/privacy-provider.1
    VERBATIM)
  add_custom_target(pd_package_docs ALL DEPENDS ${pd_pkgdoc}/changelog.Debian.gz)
  foreach(component dashboard provider)
    set(pkg privacy-${component})
    install(FILES packaging/linux/copyright ${pd_pkgdoc}/changelog.Debian.gz
      DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${pkg} COMPONENT ${component})
    install(FILES ${pd_pkgdoc}/${pkg}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
  endforeach()

  # DEB: one package per component; shared-library dependencies computed by dpkg-shlibdeps. What
  # Qt loads as plugins cannot be computed: the SQLite driver is named by hand.
  set(CPACK_DEB_COMPONENT_INSTALL ON)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_DASHBOARD_PACKAGE_NAME "privacy-dashboard")
  set(CPACK_DEBIAN_DASHBOARD_PACKAGE_DEPENDS "libqt6sql6-sqlite")
  set(CPACK_DEBIAN_DASHBOARD_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
  set(CPACK_DEBIAN_DASHBOARD_DESCRIPTION "See and act on the personal data Hong Kong Cloud holds about you
Privacy Dashboard shows a customer of Hong Kong Cloud every piece of personal data the company holds \
about them, with why it is used, who it is shared with and how long it is kept, and lets them correct \
it, ask for deletion, give or withdraw consent, export it or cancel the account. Requests are kept on \
the computer first and sent exactly once when the network is back.")
  set(CPACK_DEBIAN_PROVIDER_PACKAGE_NAME "privacy-provider")
  set(CPACK_DEBIAN_PROVIDER_PACKAGE_SECTION "net")
  set(CPACK_DEBIAN_PROVIDER_PACKAGE_DEPENDS "libqt6sql6-sqlite")
  set(CPACK_DEBIAN_PROVIDER_DESCRIPTION "Reference provider for Privacy Dashboard (demo and test server)
A real HTTP(S) server implementing Privacy Dashboard's documented API with seeded demo accounts: OAuth \
2.0 sign-in with PKCE, the customer's data, requests and their processing by support staff, and a \
tamper-evident access log. Meant for demonstrations and tests on one computer.")

  # RPM: one package per component; requirements computed by rpmbuild's find-requires.
  set(CPACK_RPM_COMPONENT_INSTALL ON)
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
  set(CPACK_RPM_PACKAGE_RELEASE 1)
  set(CPACK_RPM_PACKAGE_URL "https://cn2.hk/privacy-dashboard/")
  set(CPACK_RPM_CHANGELOG_FILE "${PROJECT_SOURCE_DIR}/packaging/linux/rpm-changelog")
  set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
  set(CPACK_RPM_DASHBOARD_PACKAGE_NAME "privacy-dashboard")
  set(CPACK_RPM_DASHBOARD_PACKAGE_GROUP "Applications/System")
  set(CPACK_RPM_DASHBOARD_PACKAGE_SUMMARY "See and act on the personal data Hong Kong Cloud holds about you")
  set(CPACK_RPM_DASHBOARD_PACKAGE_DESCRIPTION "Privacy Dashboard shows a customer of Hong Kong Cloud every piece of personal
data the company holds about them and lets them act on it.")
  set(CPACK_RPM_PROVIDER_PACKAGE_NAME "privacy-provider")
  set(CPACK_RPM_PROVIDER_PACKAGE_GROUP "System Environment/Daemons")
  set(CPACK_RPM_PROVIDER_PACKAGE_SUMMARY "Reference provider for Privacy Dashboard (demo and test server)")
  set(CPACK_RPM_PROVIDER_PACKAGE_DESCRIPTION "A real HTTP(S) server implementing Privacy Dashboard's documented API with
seeded demo accounts, for demonstrations and tests.")
  # Folders the system owns: never claimed by our packages.
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
  foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
  endforeach()
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

  # CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY above each package's description unless it is
  # CMake's default: so for DEB it is, and each package's own first line is its synopsis.
  file(WRITE "${CMAKE_BINARY_DIR}/packaging/CPackLinuxOptions.cmake" [=[
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
]=])
  # (On Linux this replaces PlatformPackaging.cmake's file, which only acts for WiX and DragNDrop.)
  set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_BINARY_DIR}/packaging/CPackLinuxOptions.cmake")
endif()

include(CPack)
