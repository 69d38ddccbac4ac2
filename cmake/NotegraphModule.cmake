# notegraph_module(<target> PUBLIC_DEPS <targets…> PRIVATE_DEPS <targets…>)
# One static library per folder: its *.cpp files, its include/ directory public.
# PRIVATE dependencies keep a module's libraries (cmark, yaml-cpp, RapidJSON's
# writer) out of its dependents' include path, so a wrong include fails to build.
function(notegraph_module target)
  cmake_parse_arguments(ARG "" "" "PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(NOT sources)
    # A module whose sources are not written yet still configures (and links empty).
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${target}_empty.cpp "// no sources yet\n")
    set(sources ${CMAKE_CURRENT_BINARY_DIR}/${target}_empty.cpp)
  endif()
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
endfunction()
