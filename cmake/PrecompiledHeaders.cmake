# Precompiled headers. A build from scratch (CI, a fresh machine) spends most of its time
# parsing the same Qt, standard-library and test headers in every file; each target parses them
# once instead. Only headers from outside the project go in: ours change while we work. Which
# headers a target gets follows what it links (core never sees a Widgets header).
#
# Targets that would build the same precompiled header share one (REUSE_FROM): each is some
# 200 MB with debug information, and one per target filled a CI machine's disk (45 of them,
# 9 GB). GCC uses a shared header only where the macros it reads match, so the key holds
# what the headers read: the header set, whether Qt Gui and Widgets are linked (QTest reads
# QT_GUI_LIB and QT_WIDGETS_LIB; no header in the set reads another module's macro) and,
# for test programs, the build directory (QT_TESTCASE_BUILDDIR).
# -Winvalid-pch, which CMake adds, names any target where that reasoning fails.
#
# leverage_precompile_headers() runs once, after every target is defined.

# The targets `target` links, directly or through others, as one flat list.
function(_leverage_link_closure target out)
    set(seen)
    set(pending ${target})
    while(pending)
        list(POP_FRONT pending current)
        if(NOT TARGET ${current} OR current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(type ${current} TYPE)
        set(links)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${current} LINK_LIBRARIES)
            if(direct)
                list(APPEND links ${direct})
            endif()
        endif()
        get_target_property(interface ${current} INTERFACE_LINK_LIBRARIES)
        if(interface)
            list(APPEND links ${interface})
        endif()
        foreach(link IN LISTS links)
            # $<LINK_ONLY:Qt6::Gui> and the like name a target too.
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(NOT link MATCHES "^\\$<")
                list(APPEND pending ${link})
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(_leverage_targets_in dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        _leverage_targets_in(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(leverage_precompile_headers)
    set(core_headers <algorithm> <functional> <memory> <optional> <vector>
        <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QList> <QObject> <QString>
        <QStringList> <QVariant> <spdlog/spdlog.h>)
    set(sql_headers <QSqlDatabase> <QSqlError> <QSqlQuery>)
    set(widget_headers <QAbstractItemModel> <QAction> <QComboBox> <QDialog> <QDialogButtonBox>
        <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton>
        <QUndoStack> <QVBoxLayout> <QWidget>)
    set(test_headers <QSignalSpy> <QTemporaryDir> <QTest>)
    _leverage_targets_in(${PROJECT_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|EXECUTABLE)$")
            continue()
        endif()
        # A target of few files gains less than its header costs to build.
        get_target_property(sources ${target} SOURCES)
        list(FILTER sources INCLUDE REGEX "\\.cpp$")
        list(LENGTH sources count)
        if(count LESS 4)
            continue()
        endif()
        _leverage_link_closure(${target} closure)
        set(_leverage_in_link_cycle_${target} FALSE)
        get_target_property(direct ${target} LINK_LIBRARIES)
        foreach(link IN LISTS direct)
            if(TARGET ${link} AND NOT link STREQUAL target)
                _leverage_link_closure(${link} reached)
                if(target IN_LIST reached)
                    set(_leverage_in_link_cycle_${target} TRUE)
                endif()
            endif()
        endforeach()
        if(NOT "Qt6::Core" IN_LIST closure OR NOT "spdlog::spdlog" IN_LIST closure)
            continue()
        endif()
        set(headers ${core_headers})
        if("Qt6::Sql" IN_LIST closure)
            list(APPEND headers ${sql_headers})
        endif()
        if("Qt6::Widgets" IN_LIST closure)
            list(APPEND headers ${widget_headers})
        endif()
        if("Qt6::Test" IN_LIST closure)
            list(APPEND headers ${test_headers})
        endif()
        if("GTest::gtest" IN_LIST closure OR "GTest::GTest" IN_LIST closure)
            list(APPEND headers <gtest/gtest.h>)
        endif()
        set(key ${headers})
        foreach(module IN ITEMS Qt6::Gui Qt6::Widgets)
            if(module IN_LIST closure)
                list(APPEND key ${module})
            endif()
        endforeach()
        if("Qt6::Test" IN_LIST closure)
            get_target_property(binary_dir ${target} BINARY_DIR)
            list(APPEND key ${binary_dir})
        endif()
        # A target in a cycle of static libraries (core and the services that call back into
        # it) keeps its own header: depending on a host would close a cycle through the
        # generated moc targets, which CMake refuses.
        if(_leverage_in_link_cycle_${target})
            target_precompile_headers(${target} PRIVATE ${headers})
            continue()
        endif()
        string(SHA1 key "${key}")
        list(APPEND keys ${key})
        list(APPEND _members_${key} ${target})
        set(_headers_${key} ${headers})
        list(LENGTH closure _links_${target})
    endforeach()
    # The host is the member that links least: no other member is among what it links, so
    # the others depending on it for the header makes no cycle.
    list(REMOVE_DUPLICATES keys)
    foreach(key IN LISTS keys)
        set(host)
        foreach(member IN LISTS _members_${key})
            if(NOT host OR _links_${member} LESS _links_${host})
                set(host ${member})
            endif()
        endforeach()
        target_precompile_headers(${host} PRIVATE ${_headers_${key}})
        foreach(member IN LISTS _members_${key})
            if(NOT member STREQUAL host)
                target_precompile_headers(${member} REUSE_FROM ${host})
            endif()
        endforeach()
    endforeach()
endfunction()
