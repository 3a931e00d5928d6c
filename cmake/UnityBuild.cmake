# SPDX-License-Identifier: GPL-3.0-or-later
# Unity builds for the libraries, for build time only. Their files are small and each one parses
# the same standard library, Qt and model headers; compiled in batches of 16, those headers are
# parsed once a batch rather than once a file. The tests stay one file per program, so a test
# still compiles alone when it changes.
#
# A batch is one translation unit, so names at file scope must not collide between files: give
# anonymous-namespace constants and helpers names that say whose they are (kDistanceColumns, not
# kColumns). The asan preset (`make asan`, run by CI) builds without batches, so every file is
# still checked to compile on its own includes.
option(KVSCOPE_UNITY_BUILD "Compile the libraries in batches of files (build time only)" ON)

if(KVSCOPE_UNITY_BUILD)
    foreach(target IN ITEMS kvscope_model kvscope_cli kvscope_widgets kvscope_app)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
    endforeach()
    # The parameter table brings its enums' values into scope (using enum) for the table's sake;
    # compiled alone, they do not reach the files batched with it.
    set_source_files_properties(${PROJECT_SOURCE_DIR}/model/parameters.cpp
                                TARGET_DIRECTORY kvscope_model
                                PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    # The command line's own file has a function named emit, which Qt's keyword macro in the
    # window's files would rewrite.
    set_source_files_properties(${PROJECT_SOURCE_DIR}/app/cli.cpp TARGET_DIRECTORY kvscope_app
                                PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endif()
