# Builds one man page: scdoc turns INPUT (scdoc) into OUTPUT (roff), then
# gzip_script.cmake makes OUTPUT.gz. Run by man/CMakeLists.txt with
# -DSCDOC= -DGZIP= -DINPUT= -DOUTPUT=.
execute_process(COMMAND "${SCDOC}"
                INPUT_FILE "${INPUT}"
                OUTPUT_FILE "${OUTPUT}"
                ERROR_VARIABLE error
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${OUTPUT}")
  message(FATAL_ERROR "scdoc ${INPUT}: ${error}")
endif()
set(FILE "${OUTPUT}")
include("${CMAKE_CURRENT_LIST_DIR}/gzip_script.cmake")
