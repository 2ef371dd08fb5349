package io.loopdesk.identity.session;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Web sessions are rows of the database (Spring Session JDBC), read and written in plain JDBC transactions of their
 * own. Through the JPA transaction manager, reading a session would open a Hibernate session, which asks for the
 * current tenant, which asks Spring Security for the signed-in user, who is in the very session being read.
 */
@Configuration(proxyBeanMethods = false)
class WebSessionStore {

    /** Found by this name by Spring Session's JDBC configuration. */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        return transactions::execute;
    }
}
