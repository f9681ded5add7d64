# Every fuzzer target's inputs (tests/fuzz/corpus: the seeds; tests/fuzz/found: what fuzzing
# found) replayed through the ordinary libraries as a ctest test: `make fuzz` searches for new
# inputs with clang and libFuzzer; these keep the old ones passing in every build and in CI.
function(leverage_fuzz_replay reader source)
    add_executable(${reader}_replay fuzz/${source} fuzz/FuzzReplay.cpp)
    target_link_libraries(${reader}_replay PRIVATE ${ARGN} leverage_warnings)
    # The replay asks whether the fuzzer defines LLVMFuzzerInitialize (a weak symbol): only
    # the linker can tell, not one unity file holding both.
    set_target_properties(${reader}_replay PROPERTIES UNITY_BUILD OFF)
    add_test(NAME fuzz_replay_${reader}
        COMMAND ${reader}_replay ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${reader}
                ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/found/${reader})
    set_tests_properties(fuzz_replay_${reader} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

leverage_fuzz_replay(archive_reader ArchiveReaderFuzzer.cpp leverage_archive)
leverage_fuzz_replay(vcard_reader VCardReaderFuzzer.cpp leverage_core)
leverage_fuzz_replay(query_parser QueryParserFuzzer.cpp leverage_search)
leverage_fuzz_replay(clock_rules ClockRulesFuzzer.cpp leverage_clocks)
leverage_fuzz_replay(mail_parser MailParserFuzzer.cpp leverage_evidence Qt6::Gui)
leverage_fuzz_replay(command_line CommandLineFuzzer.cpp leverage_app_verbs)
