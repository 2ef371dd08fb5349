package io.loopdesk.knowledge.proposal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleProposalRepository extends JpaRepository<ArticleProposal, Long> {

    List<ArticleProposal> findByStatusOrderByProposedAtDescIdDesc(ProposalStatus status, Limit limit);

    List<ArticleProposal> findAllByOrderByProposedAtDescIdDesc(Limit limit);

    long countByStatus(ProposalStatus status);
}
