# SPDX-License-Identifier: MIT
find_package(PkgConfig REQUIRED)
pkg_check_modules(CMOCKA IMPORTED_TARGET cmocka)

# mn_add_cmocka_test(NAME SOURCES src... [LIBS target...] [INTERNAL])
# One executable per module, run by CTest.  INTERNAL links the core's static
# archive so a test can reach functions the shared library keeps hidden.
function(mn_add_cmocka_test name)
  cmake_parse_arguments(T "INTERNAL" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  if(T_INTERNAL)
    target_link_libraries(${name} PRIVATE minutes_static)
  else()
    target_link_libraries(${name} PRIVATE minutes)
  endif()
  target_link_libraries(${name} PRIVATE PkgConfig::CMOCKA ${T_LIBS})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/core/src ${CMAKE_SOURCE_DIR}/tests/common)
  target_compile_definitions(${name} PRIVATE
    MN_TEST_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    MN_TEST_BINARY_DIR="${CMAKE_BINARY_DIR}"
    MN_TEST_PLUGIN_DIR="${MN_BUILD_PLUGIN_DIR}")
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES TIMEOUT 120
    ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout;MINUTES_PLUGIN_PATH=")
endfunction()

# mn_add_script_test(NAME SCRIPT [ARGS...]): a shell test that gets the CLI,
# the source dir and the build dir as its first three arguments.
function(mn_add_script_test name script)
  add_test(NAME ${name}
    COMMAND bash ${script} $<TARGET_FILE:minutes_cli> ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR} ${ARGN}
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(${name} PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
endfunction()
