package io.loopdesk.notification.robot;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The IM robots of the current tenant scope. */
public interface ImRobotRepository extends JpaRepository<ImRobot, Long> {

    List<ImRobot> findAllByOrderByIdAsc();
}
