#pragma once

namespace leverage::models {

// Marks a model as in the middle of applying a store change. Views and the model tester call
// canFetchMore/fetchMore from inside rowsAboutToBeInserted and friends; a page fetched then
// would nest one insertion inside another and duplicate rows, so lazy models refuse to fetch
// while this is set.
class ChangeGuard final
{
public:
    explicit ChangeGuard(bool &changing) : m_changing(changing), m_outer(changing)
    {
        m_changing = true;
    }
    ~ChangeGuard() { m_changing = m_outer; }
    ChangeGuard(const ChangeGuard &) = delete;
    ChangeGuard &operator=(const ChangeGuard &) = delete;

private:
    bool &m_changing;
    bool m_outer;
};

} // namespace leverage::models
