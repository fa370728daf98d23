# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: rzconsole contributors
#
# Installs the pinned Prism (tests/contract/package-lock.json) into PRISM_DIR with `npm ci`, unless the same
# lockfile is installed there already. Run as the contract.prism_install ctest fixture:
#   cmake -DNPM=<npm> -DSOURCE_DIR=<tests/contract> -DPRISM_DIR=<dir> -P InstallPrism.cmake
if(NOT NPM OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR "npm was not found; install Node.js and npm (packaging/install-deps.sh does)")
endif()
file(SHA256 "${SOURCE_DIR}/package-lock.json" lock_hash)
set(stamp "${PRISM_DIR}/installed-lock.sha256")
if(EXISTS "${stamp}" AND EXISTS "${PRISM_DIR}/node_modules/.bin/prism")
    file(READ "${stamp}" installed_hash)
    if(installed_hash STREQUAL lock_hash)
        message(STATUS "Prism is installed in ${PRISM_DIR}")
        return()
    endif()
endif()
file(REMOVE "${stamp}")
file(MAKE_DIRECTORY "${PRISM_DIR}")
file(COPY "${SOURCE_DIR}/package.json" "${SOURCE_DIR}/package-lock.json" DESTINATION "${PRISM_DIR}")
execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
    WORKING_DIRECTORY "${PRISM_DIR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${PRISM_DIR}/node_modules/.bin/prism")
    message(FATAL_ERROR "npm ci of the pinned Prism failed (${result})")
endif()
file(WRITE "${stamp}" "${lock_hash}")
message(STATUS "Installed Prism into ${PRISM_DIR}")
