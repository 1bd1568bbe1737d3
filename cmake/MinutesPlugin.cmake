# SPDX-License-Identifier: MIT
# mn_add_plugin(NAME [READ] [WRITE] SOURCES src... [LIBS target...])
# Builds plugin NAME as a module in the shared plugin directory of the build
# tree and installs it into the prefix's plugin directory.  READ/WRITE put the
# role in the file name (mn-r-NAME.so, mn-w-NAME.so, mn-rw-NAME.so) so that
# probing loads only readers and a writer is mapped only when asked for.
function(mn_add_plugin name)
  cmake_parse_arguments(P "READ;WRITE" "" "SOURCES;LIBS" ${ARGN})
  set(role "")
  if(P_READ AND P_WRITE)
    set(role "rw-")
  elseif(P_READ)
    set(role "r-")
  elseif(P_WRITE)
    set(role "w-")
  endif()
  set(target mn_plugin_${name})
  add_library(${target} MODULE ${P_SOURCES})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${role}${name} PREFIX "mn-"
    LIBRARY_OUTPUT_DIRECTORY ${MN_BUILD_PLUGIN_DIR})
  target_link_libraries(${target} PRIVATE minutes ${P_LIBS})
  install(TARGETS ${target} LIBRARY DESTINATION ${MN_INSTALL_PLUGIN_DIR})
  set_property(GLOBAL APPEND PROPERTY MN_PLUGIN_FILES "mn-${role}${name}.so")
  set_property(GLOBAL APPEND PROPERTY MN_PLUGIN_TARGETS ${target})
endfunction()

# Removes modules of the build tree's plugin directory that no target makes
# any more (a plugin renamed from mn-docx.so to mn-r-docx.so would otherwise
# linger and be loaded first, as a duplicate).
function(mn_remove_stale_plugins)
  get_property(wanted GLOBAL PROPERTY MN_PLUGIN_FILES)
  file(GLOB present ${MN_BUILD_PLUGIN_DIR}/mn-*.so)
  foreach(path ${present})
    get_filename_component(file ${path} NAME)
    if(NOT file IN_LIST wanted)
      message(STATUS "Removing stale plugin module ${file}")
      file(REMOVE ${path})
    endif()
  endforeach()
endfunction()
