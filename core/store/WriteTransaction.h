#pragma once

#include "core/util/Result.h"

namespace leverage {

class Workspace;

// One write, all or nothing: begins on construction (joining an outer write if one is open),
// rolls back on destruction unless commit() succeeded.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Workspace &workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether the transaction could begin (a busy or read-only store says why).
    const Status &status() const { return m_status; }
    Status commit();

private:
    Workspace &m_workspace;
    Status m_status;
    bool m_open = false;
};

} // namespace leverage
