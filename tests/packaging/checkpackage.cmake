# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test: builds the Debian package with CPack, unpacks it into a fresh folder and
# checks what a user would get: the files, the dependencies, a binary that runs from there, a
# .desktop entry and AppStream metainfo the validators accept, icons of the sizes their folders
# claim, a man page that mentions every command and option `kvscope help` lists, bash completion
# that completes with the installed binary, and the copyright and changelog Debian expects, the
# changelog announcing the releases the metainfo does, and no lintian error or warning.
#
# cmake -DCPACK=... -DBUILD_DIR=... -DSOURCE_DIR=... -DAPP_ID=... -DVERSION=... -DRELEASE_DATE=...
#       -DICON_SIZES=... -P checkpackage.cmake          (registered by packaging/CMakeLists.txt)
cmake_minimum_required(VERSION 3.25)

foreach(variable CPACK BUILD_DIR SOURCE_DIR APP_ID VERSION RELEASE_DATE ICON_SIZES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "packaging test: -D${variable}=... is missing")
    endif()
endforeach()

function(fail)
    string(JOIN "" text ${ARGN})
    message(FATAL_ERROR "packaging test: ${text}")
endfunction()

# Runs a command; fails with its output unless it exits 0. OUT receives standard output.
function(run out)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE stdout
                    ERROR_VARIABLE stderr)
    if(NOT status EQUAL 0)
        string(JOIN " " command ${ARGN})
        fail("`${command}` failed (${status}):\n${stdout}${stderr}")
    endif()
    set(${out} "${stdout}" PARENT_SCOPE)
endfunction()

function(require_program variable name package)
    find_program(${variable} ${name})
    if(NOT ${variable})
        fail("${name} is missing: run scripts/install-deps.sh, which installs it with the Debian "
             "package ${package}")
    endif()
endfunction()
require_program(DPKG_DEB dpkg-deb dpkg)
require_program(DPKG dpkg dpkg)
require_program(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
require_program(APPSTREAMCLI appstreamcli appstream)
require_program(GZIP gzip gzip)
require_program(LDD ldd libc-bin)
require_program(READELF readelf binutils)
require_program(BASH bash bash)
require_program(LINTIAN lintian lintian)

# A fresh folder each run, kept after a failure for a look; removed after a success.
set(work ${BUILD_DIR}/packaging-test)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/out ${work}/root)

# 1. Build the package, into our own folder so `make package` output is left alone.
run(ignored ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${work}/out)
file(GLOB debs ${work}/out/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    fail("expected one .deb in ${work}/out, found ${count}: ${debs}")
endif()
set(deb ${debs})

# 2. Its control fields: name, version and the runtime packages it needs.
run(package ${DPKG_DEB} -f ${deb} Package)
run(version ${DPKG_DEB} -f ${deb} Version)
run(depends ${DPKG_DEB} -f ${deb} Depends)
string(STRIP "${package}" package)
string(STRIP "${version}" version)
string(STRIP "${depends}" depends)
if(NOT package STREQUAL "kvscope" OR NOT version STREQUAL VERSION)
    fail("the package is ${package} ${version}, expected kvscope ${VERSION}")
endif()
# "libfoo (>= 1), libbar | libbaz" -> the package names alone.
string(REGEX REPLACE "\\([^)]*\\)" "" depends_names "${depends}")
string(REGEX REPLACE "[ ,|]+" ";" depends_names "${depends_names}")
foreach(needed libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqcustomplot2.1-qt6 libc6
               libstdc++6)
    if(NOT needed IN_LIST depends_names)
        fail("Depends lacks ${needed}: ${depends}")
    endif()
endforeach()

# 3. Unpack it as dpkg would, and check every file a desktop expects.
run(ignored ${DPKG_DEB} -x ${deb} ${work}/root)
set(root ${work}/root/usr)
set(expected
    bin/kvscope
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/kvscope.1.gz
    share/bash-completion/completions/kvscope
    share/doc/kvscope/copyright
    share/doc/kvscope/changelog.gz)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
file(GLOB_RECURSE source_presets RELATIVE ${SOURCE_DIR}/presets ${SOURCE_DIR}/presets/*.json)
if(NOT source_presets)
    fail("no presets found under ${SOURCE_DIR}/presets")
endif()
foreach(preset IN LISTS source_presets)
    list(APPEND expected share/kvscope/presets/${preset})
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS ${root}/${file})
        fail("the package does not install /usr/${file}")
    endif()
endforeach()
file(GLOB_RECURSE installed_presets RELATIVE ${root}/share/kvscope/presets
     ${root}/share/kvscope/presets/*)
list(SORT installed_presets)
list(SORT source_presets)
if(NOT installed_presets STREQUAL source_presets)
    fail("share/kvscope/presets holds other files than the presets' JSON:\n"
         "installed: ${installed_presets}\nexpected:  ${source_presets}")
endif()

# 4. Each PNG really is a PNG of the size its folder names (IHDR width and height, big-endian).
foreach(size IN LISTS ICON_SIZES)
    set(png ${root}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    file(READ ${png} header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width)
    string(SUBSTRING "${header}" 40 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        fail("${png} is not a ${size}x${size} PNG (signature ${signature}, ${width}x${height})")
    endif()
endforeach()

# 5. Every library the installed binary links directly comes from a package it depends on, so the
#    package installs cleanly on a machine that has never seen a Qt development package. (ldd
#    also lists what those libraries load in turn; their own packages depend on that.)
set(kvscope ${root}/bin/kvscope)
run(dynamic ${READELF} -d ${kvscope})
run(libraries ${LDD} ${kvscope})
# "\tlibfoo.so.1 => /lib/x86_64-linux-gnu/libfoo.so.1 (0x...)" -> path_libfoo.so.1
string(REPLACE "\n" ";" ldd_lines "${libraries}")
foreach(line IN LISTS ldd_lines)
    if(line MATCHES "^[ \t]*([^ ]+) => (/[^ ]+)")
        set(path_${CMAKE_MATCH_1} ${CMAKE_MATCH_2})
    elseif(line MATCHES "^[ \t]*(/[^ ]+) \\(")
        # The dynamic loader has no "=>": ldd prints its absolute path alone.
        get_filename_component(loader ${CMAKE_MATCH_1} NAME)
        set(path_${loader} ${CMAKE_MATCH_1})
    endif()
endforeach()
string(REGEX MATCHALL "\\(NEEDED\\)[^[]*\\[[^]]+\\]" needed_entries "${dynamic}")
if(NOT needed_entries)
    fail("readelf -d ${kvscope} lists no NEEDED libraries:\n${dynamic}")
endif()
foreach(entry IN LISTS needed_entries)
    string(REGEX REPLACE ".*\\[([^]]+)\\]" "\\1" soname "${entry}")
    set(library "${path_${soname}}")
    if(NOT library OR NOT EXISTS ${library})
        fail("kvscope needs ${soname}, which ldd does not find:\n${libraries}")
    endif()
    file(REAL_PATH ${library} real)
    execute_process(COMMAND ${DPKG} -S ${real} RESULT_VARIABLE status OUTPUT_VARIABLE owner
                    ERROR_QUIET)
    if(NOT status EQUAL 0)
        # dpkg -S knows the path the package ships: /lib may be a symlink to /usr/lib.
        execute_process(COMMAND ${DPKG} -S ${library} RESULT_VARIABLE status OUTPUT_VARIABLE owner
                        ERROR_QUIET)
    endif()
    if(NOT status EQUAL 0)
        fail("kvscope needs ${library}, which no Debian package owns")
    endif()
    string(REGEX REPLACE ":.*" "" owner "${owner}")
    if(NOT owner IN_LIST depends_names)
        fail("kvscope needs ${library} from ${owner}, which Depends lacks: ${depends}")
    endif()
endforeach()

# 6. The installed binary works from where it was unpacked.
run(json ${kvscope} eval --json)
foreach(key params active_params kv_bytes_per_token kv_bytes_per_user weight_bytes hbm_bytes
            free_kv_bytes fits concurrency concurrency_exact prefill_flops
            prefill_attention_flops prefill_seconds prefill_bound decode_seconds_per_token
            decode_seconds decode_bound decode_tokens_per_second context_switch_seconds
            prefill_activation_bytes)
    string(JSON value ERROR_VARIABLE error GET "${json}" ${key})
    if(error)
        fail("`kvscope eval --json` lacks the stable key ${key}: ${error}\n${json}")
    endif()
endforeach()

run(presets ${kvscope} presets)
foreach(id yi-34b-200k a100-sxm4-80gb fu2024-34b-50k)
    string(FIND "${presets}" "${id}" at)
    if(at EQUAL -1)
        fail("`kvscope presets` does not list ${id}:\n${presets}")
    endif()
endforeach()

execute_process(COMMAND ${kvscope} eval --model no-such-model RESULT_VARIABLE status
                OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
if(NOT status EQUAL 2 OR NOT stdout STREQUAL "" OR stderr STREQUAL "")
    fail("`kvscope eval --model no-such-model` should exit 2 with one line on stderr; it exited "
         "${status} with stdout '${stdout}' and stderr '${stderr}'")
endif()

run(help ${kvscope} help)
# `kvscope export` is in the contract (docs/architecture.md) but may not be built yet: test it
# once `kvscope help` lists it.
string(FIND "${help}" "kvscope export" at)
if(NOT at EQUAL -1)
    set(image ${work}/memory.png)
    run(ignored ${kvscope} export --chart memory --out ${image})
    if(NOT EXISTS ${image})
        fail("`kvscope export --chart memory --out ${image}` exited 0 but wrote nothing")
    endif()
    file(READ ${image} header LIMIT 8 HEX)
    if(NOT header STREQUAL "89504e470d0a1a0a")
        fail("`kvscope export` wrote ${image}, which is not a PNG (starts ${header})")
    endif()
else()
    message(STATUS "kvscope help does not list export yet: not tested")
endif()

# The installed completion completes with the installed binary (tests/packaging/completion.sh).
run(ignored ${BASH} ${SOURCE_DIR}/tests/packaging/completion.sh
    ${root}/share/bash-completion/completions/kvscope ${kvscope})

# 7. The man page: valid gzip, the right version, every command and option of `kvscope help`, and
#    what else a user meets. (lintian checks that man renders it without a warning.)
run(man ${GZIP} -dc ${root}/share/man/man1/kvscope.1.gz)
string(FIND "${man}" ".TH KVSCOPE 1" at)
if(at EQUAL -1 OR man MATCHES "@[A-Z_]+@")
    fail("share/man/man1/kvscope.1.gz is not the configured kvscope(1) page")
endif()
string(FIND "${man}" "kvscope ${VERSION}" at)
if(at EQUAL -1)
    fail("the man page does not name version ${VERSION}")
endif()
string(REPLACE "\\-" "-" man_text "${man}")
string(REGEX MATCHALL "kvscope [a-z]+" commands "${help}")
string(REGEX MATCHALL "--[a-z0-9-]+" options "${help}")
list(REMOVE_DUPLICATES commands)
list(REMOVE_DUPLICATES options)
foreach(word IN LISTS commands options)
    string(REGEX REPLACE "^kvscope " "" word "${word}")
    string(FIND "${man_text}" "${word}" at)
    if(at EQUAL -1)
        fail("`kvscope help` lists ${word}, which packaging/kvscope.1 does not document")
    endif()
endforeach()
# And what `kvscope help` leaves out: the options before the command (-v, and Qt's -platform and
# -style for the window), the version command, the window's Help menu, the bash completion and
# the licence. Each is matched as the page's source spells it (roff requests, "\-" as "-").
foreach(needed ".BR -v \", \" --version" ".BI -platform " ".BI -style " "\n.B version\n"
               ".SH THE WINDOW" "kvscope Handbook\n(F1)" "About kvscope"
               "/usr/share/bash-completion/completions/kvscope" ".SH COPYRIGHT"
               "GPL-3.0-or-later" "/usr/share/common-licenses/GPL-3")
    string(FIND "${man_text}" "${needed}" at)
    if(at EQUAL -1)
        fail("packaging/kvscope.1 lacks '${needed}'")
    endif()
endforeach()

# 8. The desktop entry and metainfo pass the validators software centres use. Hints count too:
#    the files are ours, so there is no reason to ship one.
run(desktop_report ${DESKTOP_FILE_VALIDATE} ${root}/share/applications/${APP_ID}.desktop)
if(NOT desktop_report STREQUAL "")
    fail("desktop-file-validate:\n${desktop_report}")
endif()
# appstreamcli exits 0 on infos and pedantic notes ("I:", "P:"), so its report is read instead.
set(metainfo_file ${root}/share/metainfo/${APP_ID}.metainfo.xml)
run(metainfo_report ${APPSTREAMCLI} validate --no-net --pedantic ${metainfo_file})
if(metainfo_report MATCHES "(^|\n)[EWIP]: ")
    fail("appstreamcli validate --pedantic:\n${metainfo_report}")
endif()

# The metainfo's licence is kvscope's, and its screenshots are ones the repository has, each with
# a caption, the main window first as the default: what a software centre shows before the rest.
file(READ ${metainfo_file} metainfo)
string(FIND "${metainfo}" "<project_license>GPL-3.0-or-later</project_license>" at)
if(at EQUAL -1)
    fail("the metainfo lacks <project_license>GPL-3.0-or-later</project_license>")
endif()
string(REGEX MATCHALL "<screenshot [^>]*>[^<]*<caption>[^<]+</caption>[^<]*<image>[^<]+</image>"
       screenshots "${metainfo}")
string(REGEX MATCHALL "<screenshot " screenshot_tags "${metainfo}")
list(LENGTH screenshots count)
list(LENGTH screenshot_tags tag_count)
if(count EQUAL 0 OR NOT count EQUAL tag_count)
    fail("the metainfo has ${tag_count} screenshots, ${count} of them with a caption and an image")
endif()
foreach(screenshot IN LISTS screenshots)
    string(REGEX REPLACE ".*/docs/screenshots/([^<]+)</image>" "\\1" file "${screenshot}")
    if(NOT EXISTS ${SOURCE_DIR}/docs/screenshots/${file})
        fail("the metainfo shows ${file}, which docs/screenshots/ lacks:\n${screenshot}")
    endif()
endforeach()
list(GET screenshots 0 first)
if(NOT first MATCHES "^<screenshot type=\"default\">.*/docs/screenshots/explorer\\.png<")
    fail("the metainfo's first screenshot is not the main window as the default:\n${first}")
endif()

# 9. The copyright file is machine-readable (DEP-5) and points at the GPL Debian ships.
file(READ ${root}/share/doc/kvscope/copyright copyright)
foreach(needed "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
               "\nFiles: *\n" "\nLicense: GPL-3+\n" "/usr/share/common-licenses/GPL-3")
    string(FIND "${copyright}" "${needed}" at)
    if(at EQUAL -1 OR copyright MATCHES "@[A-Z_]+@")
        fail("share/doc/kvscope/copyright lacks '${needed}' or is not configured:\n${copyright}")
    endif()
endforeach()

# 10. The changelog and the metainfo announce the same releases, newest first, and the newest is
#     this version on the release date the man page shows. ("version date" pairs on both sides.)
run(changelog ${GZIP} -dc ${root}/share/doc/kvscope/changelog.gz)
set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
set(changelog_releases "")
# An entry starts "kvscope (VERSION) ..." and ends " -- Name <email>  Thu, 26 Nov 2026 ...".
string(REGEX MATCHALL "\nkvscope \\([^)]+\\)|\n -- [^\n]*" entry_lines "\n${changelog}")
foreach(line IN LISTS entry_lines)
    if(line MATCHES "kvscope \\(([^)]+)\\)")
        set(release ${CMAKE_MATCH_1})
    elseif(line MATCHES ">  [A-Z][a-z][a-z], ([0-9]+) ([A-Z][a-z][a-z]) ([0-9]+) ")
        set(day ${CMAKE_MATCH_1})
        set(year ${CMAKE_MATCH_3})
        list(FIND months ${CMAKE_MATCH_2} month)
        math(EXPR month "${month} + 1")
        foreach(part day month)
            string(LENGTH "${${part}}" length)
            if(length EQUAL 1)
                set(${part} 0${${part}})
            endif()
        endforeach()
        list(APPEND changelog_releases "${release} ${year}-${month}-${day}")
    else()
        fail("the changelog has a line of unexpected form: '${line}'")
    endif()
endforeach()
string(REGEX MATCHALL "<release version=\"[^\"]+\" date=\"[^\"]+\"" metainfo_releases "${metainfo}")
list(TRANSFORM metainfo_releases REPLACE "<release version=\"([^\"]+)\" date=\"([^\"]+)\""
     "\\1 \\2")
if(NOT changelog_releases)
    fail("the changelog names no release:\n${changelog}")
endif()
list(GET changelog_releases 0 newest)
if(NOT newest STREQUAL "${VERSION} ${RELEASE_DATE}"
   OR NOT changelog_releases STREQUAL metainfo_releases)
    list(JOIN changelog_releases ", " changelog_text)
    list(JOIN metainfo_releases ", " metainfo_text)
    fail("the releases disagree (the newest must be ${VERSION} ${RELEASE_DATE}):\n"
         "changelog: ${changelog_text}\nmetainfo:  ${metainfo_text}")
endif()

# 11. lintian, Debian's package checker, reports no error and no warning. --no-cfg: a personal
#     ~/.lintianrc must not hide any.
execute_process(COMMAND ${LINTIAN} --no-cfg --tag-display-limit 0 ${deb}
                RESULT_VARIABLE status OUTPUT_VARIABLE report ERROR_VARIABLE errors)
string(REGEX MATCHALL "\n[EW]: [^\n]*" problems "\n${report}")
if(problems)
    list(JOIN problems "" problems)
    fail("lintian reports errors or warnings:${problems}")
elseif(NOT status EQUAL 0)
    fail("lintian failed (${status}):\n${report}${errors}")
endif()

file(REMOVE_RECURSE ${work})
message(STATUS "kvscope ${version}: ${deb} checked")
