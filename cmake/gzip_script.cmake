# Compresses FILE into FILE.gz with gzip -9n (no name or time stamp inside,
# as Debian wants), keeping FILE. Run with -DGZIP= -DFILE=, or included.
execute_process(COMMAND "${GZIP}" -9nc
                INPUT_FILE "${FILE}"
                OUTPUT_FILE "${FILE}.gz"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip ${FILE} failed")
endif()
