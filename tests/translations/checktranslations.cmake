# SPDX-License-Identifier: GPL-3.0-or-later
# Every string the window shows has a finished translation in every language kvscope ships:
# lupdate reads the sources into a copy of each .ts, as scripts/update-translations.sh would, and
# any message it leaves unfinished (new, or changed since it was translated) fails the test.
# Run as: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P checktranslations.cmake
file(GLOB ts_files ${SOURCE_DIR}/resources/translations/kvscope_*.ts)
if(NOT ts_files)
    message(FATAL_ERROR "no resources/translations/kvscope_*.ts in ${SOURCE_DIR}")
endif()
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${ts} ${copy})
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none app widgets -ts ${copy}
                    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE status ERROR_VARIABLE errors)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${errors}")
    endif()
    file(READ ${copy} text)
    # <source>...</source> followed by an unfinished translation: the sources that need one.
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\""
           unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(REGEX REPLACE "[ \n]*<translation type=\"unfinished\"" "" unfinished
               "${unfinished}")
        string(REPLACE ";" "\n  " unfinished "${unfinished}")
        string(APPEND problems
               "${name}: ${count} untranslated; run scripts/update-translations.sh and "
               "translate:\n  ${unfinished}\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
