# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers, for build time only. Every file that includes qcustomplot.h parses all of
# QtCore, QtGui and QtWidgets (it includes the QtPrintSupport module header), and every test parses
# QTest; together that was most of a clean build. Each is now compiled once and reused.
#
# Kept in this one file, applied to the targets after all folders are read, so the folders'
# CMakeLists stay as they are; new tests are picked up by what they link.
#
# - kvscope_widgets precompiles <qcustomplot.h>, and kvscope_app and the tests that link either
#   reuse it.
# - The other Qt Tests reuse a precompiled <QTest>, one per folder: QTest's header reads
#   QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR, which Qt sets per folder, and GCC refuses a
#   precompiled header made under other values of a macro it reads.
#
# A reused header is only valid with the same code-generation flags and the same values of the
# macros it reads; the build passes -Winvalid-pch, so with -Werror a mismatch stops the build
# rather than silently parsing everything again.
#
# The precompiled header is included into every file of these targets, so a missing #include of a
# Qt header does not show here: configure with -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON to check that.
# ccache caches these compilations only with `sloppiness = pch_defines,time_macros` (and, as the
# .gch is new when its users compile, include_file_mtime,include_file_ctime) in ccache.conf or
# CCACHE_SLOPPINESS; without them every compilation that uses a precompiled header is a miss.

# All build-system targets defined in `dir` and the folders below it.
function(kvscope_targets_below dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        kvscope_targets_below(${subdir} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# The target's own moc file is empty when all its moc output is included by its sources, as in
# every test: loading a precompiled header for it would cost more than compiling it.
function(kvscope_pch_skip_empty_moc target)
    get_target_property(binary_dir ${target} BINARY_DIR)
    set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
                                TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# kvscope_widgets makes the widgets' precompiled header; the window and the widget tests have its
# flags and definitions, plus some of their own that Qt's headers do not read.
target_precompile_headers(kvscope_widgets PRIVATE <qcustomplot.h>)

set(kvscope_pch_gui_users kvscope_app)
# Qt Tests that do not link the widgets, by folder.
set(kvscope_pch_test_folders)

kvscope_targets_below(${PROJECT_SOURCE_DIR} kvscope_all_targets)
foreach(target IN LISTS kvscope_all_targets)
    get_target_property(type ${target} TYPE)
    get_target_property(libraries ${target} LINK_LIBRARIES)
    if(NOT type STREQUAL "EXECUTABLE" OR NOT "Qt6::Test" IN_LIST libraries)
        continue()
    endif()
    if("kvscope_widgets" IN_LIST libraries OR "kvscope_app" IN_LIST libraries)
        list(APPEND kvscope_pch_gui_users ${target})
    else()
        get_target_property(folder ${target} SOURCE_DIR)
        string(MAKE_C_IDENTIFIER "${folder}" folder_id)
        list(APPEND kvscope_pch_test_folders ${folder_id})
        list(APPEND kvscope_pch_tests_${folder_id} ${target})
    endif()
    kvscope_pch_skip_empty_moc(${target})
endforeach()

foreach(target IN LISTS kvscope_pch_gui_users)
    set_target_properties(${target} PROPERTIES PRECOMPILE_HEADERS_REUSE_FROM kvscope_widgets)
endforeach()
# The command line's own file has no Qt in it and a function named emit, which Qt's keyword macro
# would rewrite.
set_source_files_properties(${PROJECT_SOURCE_DIR}/app/cli.cpp TARGET_DIRECTORY kvscope_app
                            PROPERTIES SKIP_PRECOMPILE_HEADERS ON)

# In each folder the first test makes the header and the others reuse it. Making it costs about
# what three tests save, so a folder with fewer tests than that parses QTest in each.
list(REMOVE_DUPLICATES kvscope_pch_test_folders)
foreach(folder_id IN LISTS kvscope_pch_test_folders)
    list(LENGTH kvscope_pch_tests_${folder_id} count)
    if(count LESS 3)
        continue()
    endif()
    list(POP_FRONT kvscope_pch_tests_${folder_id} donor)
    target_precompile_headers(${donor} PRIVATE <QTest>)
    foreach(target IN LISTS kvscope_pch_tests_${folder_id})
        set_target_properties(${target} PROPERTIES PRECOMPILE_HEADERS_REUSE_FROM ${donor})
    endforeach()
endforeach()
