# mn_add_plugin(NAME SOURCES src... [LIBS target...])
# Builds plugin NAME as the module mn-NAME.so in the shared plugin directory
# of the build tree and installs it into the plugin directory of the prefix.
function(mn_add_plugin name)
  cmake_parse_arguments(P "" "" "SOURCES;LIBS" ${ARGN})
  set(target mn_plugin_${name})
  add_library(${target} MODULE ${P_SOURCES})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${name} PREFIX "mn-"
    LIBRARY_OUTPUT_DIRECTORY ${MN_BUILD_PLUGIN_DIR})
  target_link_libraries(${target} PRIVATE minutes ${P_LIBS})
  install(TARGETS ${target} LIBRARY DESTINATION ${MN_INSTALL_PLUGIN_DIR})
endfunction()
