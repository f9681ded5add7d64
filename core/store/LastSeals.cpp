#include "core/store/LastSeals.h"

namespace leverage {
namespace {

// How far beyond the rows seen so far a row id may lie and still index the vector: bounds
// the memory a table with a few huge ids could take.
constexpr qint64 kDenseSlack = 1 << 20;

} // namespace

LastSeals::Seal &LastSeals::sealed(RowId rowId)
{
    // An id put in the hash stays there, even once the vector has grown past it.
    if (!m_sparse.isEmpty())
        if (auto it = m_sparse.find(rowId); it != m_sparse.end())
            return it.value();
    Seal *seal = nullptr;
    if (rowId >= 0 && rowId < qint64(m_dense.size())) {
        seal = &m_dense[size_t(rowId)];
    } else if (rowId >= 0 && rowId < 8 * m_count + kDenseSlack) {
        m_dense.resize(size_t(rowId) + 1);
        seal = &m_dense[size_t(rowId)];
    } else {
        seal = &m_sparse[rowId];
    }
    if (!seal->present)
        ++m_count;
    seal->present = true;
    return *seal;
}

LastSeals::Seal *LastSeals::find(RowId rowId)
{
    if (rowId >= 0 && rowId < qint64(m_dense.size()) && m_dense[size_t(rowId)].present)
        return &m_dense[size_t(rowId)];
    if (m_sparse.isEmpty())
        return nullptr;
    auto it = m_sparse.find(rowId);
    return it == m_sparse.end() ? nullptr : &it.value();
}

void LastSeals::forEachUnmatched(const std::function<void(RowId, const Seal &)> &visit) const
{
    for (size_t id = 0; id < m_dense.size(); ++id)
        if (m_dense[id].present && !m_dense[id].matched)
            visit(RowId(id), m_dense[id]);
    for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
        if (!it->matched)
            visit(it.key(), it.value());
}

} // namespace leverage
