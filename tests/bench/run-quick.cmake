# ctest bench_quick: `konnect-vault-bench --quick` must exit 0 and print a row
# for every benchmark (B1-B6). Nothing about time is asserted.
execute_process(COMMAND ${BENCH} --quick
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(err)
    message("stderr:\n${err}")
endif()
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "konnect-vault-bench --quick exited with ${rc}")
endif()
foreach(id B1 B2 B3 B4 B5 B6)
    if(NOT out MATCHES "\\| ${id} ")
        message(FATAL_ERROR "the table has no ${id} row")
    endif()
endforeach()
